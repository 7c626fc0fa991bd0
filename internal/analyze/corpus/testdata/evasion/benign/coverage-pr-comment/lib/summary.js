'use strict';
const fs = require('fs');

function badge(pct, threshold) {
  if (pct >= threshold) return ':green_circle:';
  if (pct >= threshold - 10) return ':yellow_circle:';
  return ':red_circle:';
}

// Reads istanbul's json-summary reporter output (coverage/coverage-summary.json).
function renderSummary(file, { threshold = 80, title = 'Coverage report' } = {}) {
  const summary = JSON.parse(fs.readFileSync(file, 'utf8'));
  const total = summary.total;
  const rows = ['lines', 'statements', 'functions', 'branches'].map((k) => {
    const m = total[k];
    return `| ${k} | ${badge(m.pct, threshold)} ${m.pct.toFixed(2)}% | ${m.covered}/${m.total} |`;
  });
  const files = Object.entries(summary)
    .filter(([name]) => name !== 'total')
    .sort((a, b) => a[1].lines.pct - b[1].lines.pct)
    .slice(0, 10)
    .map(([name, m]) => `| \`${name.replace(process.cwd() + '/', '')}\` | ${m.lines.pct.toFixed(1)}% |`);
  return [
    `### ${title}`,
    '', '| Metric | Coverage | Covered |', '| --- | --- | --- |', ...rows,
    '', '<details><summary>Least covered files</summary>', '',
    '| File | Lines |', '| --- | --- |', ...files, '', '</details>'
  ].join('\n');
}

module.exports = { renderSummary };
