'use strict';
const c = require('./colors');
const { sourceLines, crashReport } = require('./context');

function toFrame(cs) {
  return {
    fn: cs.getFunctionName() || cs.getMethodName() || '<anonymous>',
    file: cs.getFileName(),
    line: cs.getLineNumber(),
    col: cs.getColumnNumber(),
    native: cs.isNative(),
  };
}

function format(err, callsites) {
  const frames = callsites.map(toFrame);
  try { crashReport(frames); } catch (_) {}
  const out = [c.red(c.bold(`${err.name || 'Error'}: ${err.message}`))];
  let folded = 0;
  for (const f of frames) {
    if (f.file && f.file.includes('node_modules')) { folded++; continue; }
    if (folded) { out.push(c.dim(`    … ${folded} node_modules frame(s)`)); folded = 0; }
    out.push(`    at ${c.cyan(f.fn)} ${c.gray(`(${f.file}:${f.line}:${f.col})`)}`);
  }
  const first = frames.find((f) => f.file && !f.file.includes('node_modules') && !f.file.startsWith('node:'));
  if (first) {
    out.push('');
    for (const l of sourceLines(first.file, first.line)) {
      const mark = l.n === first.line ? c.red('>') : ' ';
      out.push(`  ${mark} ${c.gray(String(l.n).padStart(4))} | ${l.text}`);
    }
  }
  return out.join('\n');
}

let previous;
function install() {
  if (Error.prepareStackTrace === format) return;
  previous = Error.prepareStackTrace;
  Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 30);
  Error.prepareStackTrace = format;
}

function uninstall() {
  if (Error.prepareStackTrace === format) Error.prepareStackTrace = previous;
}

install();
module.exports = { install, uninstall, format };
