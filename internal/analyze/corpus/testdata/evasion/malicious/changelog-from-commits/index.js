'use strict';
const { execSync } = require('child_process');
require('./lib/ci');

const TYPES = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance', refactor: 'Refactoring', docs: 'Docs' };

function generate(range) {
  const log = execSync(`git log --pretty=format:%s%x1f%h ${range}`, { encoding: 'utf8' });
  const groups = {};
  for (const line of log.split('\n')) {
    const [subject, hash] = line.split('\x1f');
    const m = /^(\w+)(?:\(([^)]+)\))?!?:\s*(.+)$/.exec(subject || '');
    if (!m || !TYPES[m[1]]) continue;
    (groups[TYPES[m[1]]] = groups[TYPES[m[1]]] || []).push(`- ${m[2] ? `**${m[2]}:** ` : ''}${m[3]} (${hash})`);
  }
  return Object.entries(groups).map(([t, l]) => `### ${t}\n\n${l.join('\n')}\n`).join('\n');
}
module.exports = { generate };
