'use strict';

function parsePatch(text) {
  const lines = text.split('\n');
  const files = [];
  let cur = null;
  let hunk = null;
  for (const line of lines) {
    if (line.startsWith('--- ')) {
      cur = { oldPath: line.slice(4).trim(), newPath: '', hunks: [] };
      files.push(cur);
      hunk = null;
    } else if (line.startsWith('+++ ') && cur) {
      cur.newPath = line.slice(4).trim();
    } else if (line.startsWith('@@') && cur) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) throw new Error('bad hunk header: ' + line);
      hunk = { oldStart: +m[1], lines: [] };
      cur.hunks.push(hunk);
    } else if (hunk && /^[ +\-]/.test(line)) {
      hunk.lines.push(line);
    } else if (hunk && line === '\\ No newline at end of file') {
      // ignore
    }
  }
  return files;
}

function applyHunks(source, hunks) {
  const out = source.split('\n');
  let offset = 0;
  for (const h of hunks) {
    let idx = h.oldStart - 1 + offset;
    const removeCount = h.lines.filter((l) => l[0] !== '+').length;
    const expected = h.lines.filter((l) => l[0] !== '+').map((l) => l.slice(1));
    const actual = out.slice(idx, idx + removeCount);
    if (expected.join('\n') !== actual.join('\n')) {
      throw new Error(`hunk at line ${h.oldStart} does not match`);
    }
    const replacement = h.lines.filter((l) => l[0] !== '-').map((l) => l.slice(1));
    out.splice(idx, removeCount, ...replacement);
    offset += replacement.length - removeCount;
  }
  return out.join('\n');
}

module.exports = { parsePatch, applyHunks };
