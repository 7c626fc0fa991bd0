'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

function hooksDir(cwd = process.cwd()) {
  const out = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd, encoding: 'utf8' }).trim();
  return path.resolve(cwd, out);
}

module.exports = { hooksDir };
