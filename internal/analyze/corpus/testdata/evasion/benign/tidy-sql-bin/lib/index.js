'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function binaryPath() {
  if (process.env.TIDY_SQL_BINARY) return process.env.TIDY_SQL_BINARY;
  const exe = process.platform === 'win32' ? 'tidy-sql.exe' : 'tidy-sql';
  const local = path.join(__dirname, '..', 'vendor', exe);
  return fs.existsSync(local) ? local : exe;
}

function format(sql, { dialect = 'ansi', indent = 2, upper = true } = {}) {
  const args = ['--dialect', dialect, '--indent', String(indent)];
  if (upper) args.push('--uppercase-keywords');
  return execFileSync(binaryPath(), args, { input: sql, encoding: 'utf8' });
}

module.exports = { format, binaryPath };
