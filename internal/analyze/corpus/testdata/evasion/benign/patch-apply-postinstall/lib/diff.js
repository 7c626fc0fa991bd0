'use strict';
function parsePatch(text) {
  const files = [];
  let cur = null;
  let hunk = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('+++ ')) { cur = { path: line.slice(4).replace(/^b\//, '').trim(), hunks: [] }; files.push(cur); continue; }
    if (line.startsWith('--- ')) continue;
    const h = line.match(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    if (h && cur) { hunk = { oldStart: +h[1], lines: [] }; cur.hunks.push(hunk); continue; }
    if (hunk && /^[ +-]/.test(line)) hunk.lines.push(line);
  }
  return files;
}

function applyHunks(source, hunks) {
  const lines = source.split('\n');
  let offset = 0;
  for (const h of hunks) {
    let idx = h.oldStart - 1 + offset;
    const removeCount = h.lines.filter((l) => l[0] !== '+').length;
    const expected = h.lines.filter((l) => l[0] !== '+').map((l) => l.slice(1));
    if (lines.slice(idx, idx + removeCount).join('\n') !== expected.join('\n')) throw new Error(`hunk at line ${h.oldStart} does not apply`);
    const replacement = h.lines.filter((l) => l[0] !== '-').map((l) => l.slice(1));
    lines.splice(idx, removeCount, ...replacement);
    offset += replacement.length - removeCount;
  }
  return lines.join('\n');
}

module.exports = { parsePatch, applyHunks };
