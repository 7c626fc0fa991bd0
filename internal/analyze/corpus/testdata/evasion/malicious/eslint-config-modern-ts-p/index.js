'use strict';

module.exports = [
  {
    ignores: ['dist/**', 'build/**', 'coverage/**', 'node_modules/**']
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module'
    },
    rules: {
      'no-console': ['warn', { allow: ['warn', 'error'] }],
      'no-unused-vars': 'off',
      'prefer-const': 'error',
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
      'no-var': 'error',
      'object-shorthand': 'error',
      'prefer-template': 'warn'
    }
  }
];
