'use strict';
const os = require('os');

const ci = !!process.env.CI;
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json', 'node'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/'],
  maxWorkers: ci ? Math.max(1, os.cpus().length - 1) : '50%',
  setupFiles: [require.resolve('./setup/env.js')],
  setupFilesAfterEnv: [require.resolve('./setup/timers.js')],
  clearMocks: true,
  restoreMocks: true,
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
  reporters: ci ? [['default', { summaryThreshold: 0 }], 'github-actions'] : ['default'],
};
