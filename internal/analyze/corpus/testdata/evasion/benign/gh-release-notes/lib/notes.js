'use strict';
const SECTIONS = [['feat', '🚀 Features'], ['fix', '🐛 Bug Fixes'], ['perf', '⚡ Performance'], ['docs', '📝 Documentation'], ['refactor', '♻️ Refactoring']];

function group(commits) {
  const out = { breaking: [], other: [] };
  for (const [t] of SECTIONS) out[t] = [];
  for (const c of commits) {
    const header = c.message.split('\n')[0];
    const m = header.match(/^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$/);
    const entry = { text: m ? (m[2] ? `**${m[2]}:** ${m[4]}` : m[4]) : header, sha: c.sha.slice(0, 7), author: c.author };
    if ((m && m[3]) || /BREAKING CHANGE:/.test(c.message)) out.breaking.push(entry);
    if (m && out[m[1]]) out[m[1]].push(entry);
    else if (!m || !['chore', 'ci', 'test', 'style', 'build'].includes(m[1])) out.other.push(entry);
  }
  return out;
}

function render(groups, repo) {
  const lines = [];
  const item = e => `- ${e.text} ([${e.sha}](https://github.com/${repo}/commit/${e.sha})) @${e.author}`;
  if (groups.breaking.length) lines.push('## ⚠️ Breaking Changes', ...groups.breaking.map(item), '');
  for (const [t, title] of SECTIONS) if (groups[t].length) lines.push(`## ${title}`, ...groups[t].map(item), '');
  if (groups.other.length) lines.push('## Other', ...groups.other.map(item), '');
  return lines.join('\n').trim() + '\n';
}

module.exports = { group, render };
