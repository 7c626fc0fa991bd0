'use strict';
module.exports = [
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    ignores: ['**/dist/**', '**/build/**', '**/coverage/**'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-unused-vars': ['warn', { argsIgnorePattern: '^_' }],
      'no-console': ['warn', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
];
