'use strict';
const path = require('path');

function rel(p) {
  return path.relative(process.cwd(), p);
}

function formatFailure(f) {
  if (f.slow) return `  SLOW ${rel(f.path)} (${f.seconds.toFixed(1)}s)`;
  const first = (f.messages && f.messages[0]) || '';
  const msg = first.split('\n').slice(0, 4).map((l) => '      ' + l).join('\n');
  return `  FAIL ${rel(f.path)}\n    > ${f.title}\n${msg}`;
}

function summaryLine(r) {
  const parts = [];
  if (r.numFailedTests) parts.push(`${r.numFailedTests} failed`);
  parts.push(`${r.numPassedTests} passed`);
  if (r.numPendingTests) parts.push(`${r.numPendingTests} skipped`);
  return ` Tests: ${parts.join(', ')}, ${r.numTotalTests} total`;
}

module.exports = { formatFailure, summaryLine };
