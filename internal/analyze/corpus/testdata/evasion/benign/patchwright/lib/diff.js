'use strict';
// Minimal unified diff parser/applier (no fuzz). Enough for patches produced by `git diff --no-index`.

function parsePatch(text) {
  const files = [];
  let cur = null, hunk = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('--- ')) { cur = { from: line.slice(4).replace(/^a\//, ''), hunks: [] }; files.push(cur); continue; }
    if (line.startsWith('+++ ') && cur) { cur.to = line.slice(4).replace(/^b\//, ''); continue; }
    const h = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (h && cur) { hunk = { oldStart: +h[1], lines: [] }; cur.hunks.push(hunk); continue; }
    if (hunk && /^[ +\-]/.test(line)) hunk.lines.push(line);
  }
  return files;
}

function applyHunks(source, hunks) {
  const lines = source.split('\n');
  let offset = 0;
  for (const h of hunks) {
    const expected = h.lines.filter((l) => l[0] !== '+').map((l) => l.slice(1));
    const replacement = h.lines.filter((l) => l[0] !== '-').map((l) => l.slice(1));
    const at = h.oldStart - 1 + offset;
    const actual = lines.slice(at, at + expected.length);
    if (actual.join('\n') !== expected.join('\n')) throw new Error(`hunk at line ${h.oldStart} does not apply`);
    lines.splice(at, expected.length, ...replacement);
    offset += replacement.length - expected.length;
  }
  return lines.join('\n');
}

function createDiff(relPath, before, after) {
  // Whole-file single hunk; good enough for small fixes and always re-applicable.
  const a = before.split('\n'), b = after.split('\n');
  return [`--- a/${relPath}`, `+++ b/${relPath}`, `@@ -1,${a.length} +1,${b.length} @@`, ...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)].join('\n') + '\n';
}

module.exports = { parsePatch, applyHunks, createDiff };
