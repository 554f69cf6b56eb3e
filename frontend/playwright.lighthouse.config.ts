// `npm run lighthouse`: Lighthouse 12 on Debian's Chromium against the built
// app under `vite preview` (started by the e2e global setup). Slow, so not
// part of `npm test` or `npm run e2e`. By default the API is the in-memory
// mock (no back end needed); LORKIT_E2E_API_URL or LORKIT_E2E_JAR use a real one.
import { defineConfig } from '@playwright/test';

if (!process.env.LORKIT_E2E_API_URL && !process.env.LORKIT_E2E_JAR && !process.env.LORKIT_E2E_API) {
  process.env.LORKIT_E2E_API = 'mock';
}

export default defineConfig({
  testDir: 'lighthouse',
  outputDir: 'test-results/playwright-lighthouse',
  globalSetup: './e2e/global-setup.ts',
  timeout: 240_000,
  workers: 1,
  reporter: 'list',
});
