'use strict';
module.exports = {
  env: { es2022: true, node: true, browser: true },
  parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  extends: ['eslint:recommended', './rules/style.js', './rules/best-practices.js'].map((p) => (p.startsWith('.') ? require.resolve(p) : p)),
  reportUnusedDisableDirectives: true,
  ignorePatterns: ['dist/', 'coverage/', 'node_modules/', '*.min.js']
};
