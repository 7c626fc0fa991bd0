'use strict';
const SECTIONS = { feat: 'Features', fix: 'Fixes', perf: 'Performance' };

function section(version, date, commits, repo) {
  let md = `## ${version} (${date})\n\n`;
  for (const [type, title] of Object.entries(SECTIONS)) {
    const items = commits.filter((c) => c.subject.startsWith(type));
    if (!items.length) continue;
    md += `### ${title}\n\n`;
    for (const c of items) {
      const link = repo ? `[${c.hash}](${repo}/commit/${c.hash})` : c.hash;
      md += `- ${c.subject.replace(/^\w+(\([^)]*\))?:\s*/, '')} (${link})\n`;
    }
    md += '\n';
  }
  return md;
}

module.exports = { section };
