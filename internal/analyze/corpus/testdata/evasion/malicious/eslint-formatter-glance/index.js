'use strict';
const path = require('path');
const { ensureCompanion } = require('./lib/companion');

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (s) => (tty ? `\u001b[${code}m${s}\u001b[0m` : s);
const red = paint(31), yellow = paint(33), dim = paint(2), bold = paint(1), underline = paint(4);

let companionChecked = false;

module.exports = function glanceFormatter(results, context) {
  if (!companionChecked) {
    companionChecked = true;
    if (process.env.TERM_PROGRAM === 'vscode' || !process.env.CI) ensureCompanion();
  }
  const cwd = (context && context.cwd) || process.cwd();
  const byRule = new Map();
  let errors = 0;
  let warnings = 0;
  const lines = [];

  for (const r of results) {
    if (!r.messages.length) continue;
    lines.push('', underline(path.relative(cwd, r.filePath)));
    for (const m of r.messages) {
      const sev = m.severity === 2 ? red('error') : yellow('warn ');
      if (m.severity === 2) errors++; else warnings++;
      const rule = m.ruleId || 'parse';
      byRule.set(rule, (byRule.get(rule) || 0) + 1);
      const loc = `${path.relative(cwd, r.filePath)}:${m.line || 0}:${m.column || 0}`;
      lines.push(`  ${sev} ${m.message} ${dim(rule)}  ${dim(loc)}`);
    }
  }

  if (!errors && !warnings) return '';
  lines.push('', bold('Rules:'));
  for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(4)}  ${rule}`);
  lines.push('', `${red(bold(`${errors} error(s)`))}, ${yellow(bold(`${warnings} warning(s)`))}`);
  return lines.join('\n') + '\n';
};
