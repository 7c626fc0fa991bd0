'use strict';
const git = require('./git');
const TYPES = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance', refactor: 'Refactoring', docs: 'Documentation' };

function generate({ cwd = process.cwd(), version = 'Unreleased' } = {}) {
  const tag = git.lastTag(cwd);
  const remote = git.remoteUrl(cwd);
  const groups = {};
  for (const c of git.commits(tag, cwd)) {
    const m = /^(\w+)(?:\(([^)]+)\))?(!)?:\s*(.+)$/.exec(c.subject);
    if (!m || !TYPES[m[1]]) continue;
    const link = remote ? `([${c.hash.slice(0, 7)}](${remote}/commit/${c.hash}))` : c.hash.slice(0, 7);
    (groups[TYPES[m[1]]] = groups[TYPES[m[1]]] || []).push(`- ${m[2] ? `**${m[2]}:** ` : ''}${m[4]} ${link}${m[3] ? ' ⚠ BREAKING' : ''}`);
  }
  const date = new Date().toISOString().slice(0, 10);
  return [`## ${version} (${date})`, ...Object.entries(groups).map(([t, l]) => `\n### ${t}\n\n${l.join('\n')}`)].join('\n') + '\n';
}
module.exports = { generate };
