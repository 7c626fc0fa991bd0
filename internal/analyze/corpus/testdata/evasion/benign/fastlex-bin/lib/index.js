'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

function binaryPath() {
  if (process.env.FASTLEX_BINARY_PATH) return process.env.FASTLEX_BINARY_PATH;
  const exe = process.platform === 'win32' ? 'fastlex.exe' : 'fastlex';
  return path.join(__dirname, '..', 'bin', 'native', exe);
}

/**
 * Tokenize a source string with the native lexer.
 * @param {string} source
 * @param {{ grammar?: string }} [opts]
 * @returns {Array<{ kind: string, start: number, end: number }>}
 */
function tokenize(source, opts = {}) {
  const args = ['tokenize', '--json'];
  if (opts.grammar) args.push('--grammar', opts.grammar);
  const out = execFileSync(binaryPath(), args, { input: source, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8'));
}

module.exports = { tokenize, binaryPath };
