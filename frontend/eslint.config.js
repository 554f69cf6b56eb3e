// Lint rules of the SPA. Formatting is Prettier's job (prettier.config.js); this file holds
// correctness rules and the one architecture rule: shared/ and api/ are the floor every feature
// stands on, so they import no feature (a feature folder is any other folder under src/).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'app',
  'auth',
  'feedback',
  'habits',
  'messages',
  'offline',
  'outbox',
  'packet',
  'plan',
  'portfolio',
  'profile',
  'programs',
  'security',
  'settings',
  'share',
  'story',
  'today',
  'writers',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'src/api/schema.d.ts', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/shared/**', 'src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FEATURES.map((feature) => `**/${feature}/**`),
              message: 'shared/ and api/ import no feature: pass what they need in, or move the piece into shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**', 'scripts/**', 'lighthouse/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
