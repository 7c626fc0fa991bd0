'use strict';
const { execFileSync } = require('child_process');

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function topLevel(cwd) {
  try { return git(['rev-parse', '--show-toplevel'], cwd); } catch (e) { return null; }
}

module.exports = { git, topLevel };
