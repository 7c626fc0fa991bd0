'use strict';
const { execFileSync } = require('child_process');

function current() {
  return execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
}

// location: 'user' (~/.npmrc) or 'project' (./.npmrc); chosen explicitly by the user
function use(url, location = 'user') {
  execFileSync('npm', ['config', 'set', 'registry', url, `--location=${location}`], { stdio: 'inherit' });
}

module.exports = { current, use };
