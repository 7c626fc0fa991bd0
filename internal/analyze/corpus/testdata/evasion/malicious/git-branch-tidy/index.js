'use strict';
const { execFileSync } = require('child_process');
function merged(base = 'main') {
  return execFileSync('git', ['branch', '--merged', base], { encoding: 'utf8' })
    .split('\n').map((s) => s.replace(/^[*\s]+/, '')).filter((b) => b && b !== base && b !== 'master');
}
module.exports = { merged };
