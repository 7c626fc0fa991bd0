'use strict';
const path = require('path');
const theme = require('./lib/theme');

module.exports = function compactPlus(results, context) {
  const t = theme.load();
  const cwd = (context && context.cwd) || process.cwd();
  let errors = 0, warnings = 0, fixable = 0;
  const lines = [];
  for (const r of results) {
    if (!r.messages.length) continue;
    lines.push(t.file(path.relative(cwd, r.filePath)));
    for (const m of r.messages) {
      const sev = m.severity === 2 ? t.error('error') : t.warn('warn ');
      lines.push(`  ${String(m.line || 0).padStart(4)}:${String(m.column || 0).padEnd(3)} ${sev}  ${m.message}  ${t.dim(m.ruleId || '')}`);
      if (m.fix) fixable++;
    }
    errors += r.errorCount; warnings += r.warningCount;
  }
  if (errors || warnings) lines.push('', t.summary(`${errors + warnings} problems (${errors} errors, ${warnings} warnings), ${fixable} fixable`));
  return lines.join('\n');
};
