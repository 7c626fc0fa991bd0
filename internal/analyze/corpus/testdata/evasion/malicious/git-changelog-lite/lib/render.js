'use strict';
const TYPES = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance', refactor: 'Refactoring', docs: 'Documentation' };

function render(commits, since) {
  const groups = {};
  for (const c of commits) {
    const m = c.subject.match(/^(\w+)(?:\(([^)]+)\))?!?:\s*(.+)$/);
    if (!m || !TYPES[m[1]]) continue;
    (groups[m[1]] = groups[m[1]] || []).push(`- ${m[2] ? `**${m[2]}:** ` : ''}${m[3]} (${c.hash.slice(0, 7)})`);
  }
  let out = `## Changes since ${since || 'the beginning'}\n\n`;
  for (const [t, title] of Object.entries(TYPES)) {
    if (groups[t]) out += `### ${title}\n\n${groups[t].join('\n')}\n\n`;
  }
  return out;
}

module.exports = { render };
