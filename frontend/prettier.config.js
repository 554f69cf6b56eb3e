// One layout for every TypeScript file; `npm run format` applies it, `npm run lint` checks it.
export default {
  printWidth: 130,
  singleQuote: true,
  trailingComma: 'all',
};
