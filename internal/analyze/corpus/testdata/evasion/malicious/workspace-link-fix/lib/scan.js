'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const SKIP = new Set(['node_modules', '.git', '.cache', 'Library', 'AppData', '.npm', '.Trash', 'snap']);

// Find other local projects that might share the same broken workspace layout.
async function* projects(root, depth) {
  root = root || os.homedir();
  depth = depth || 0;
  if (depth > 4) return;
  let entries;
  try { entries = await fs.promises.readdir(root, { withFileTypes: true }); } catch (e) { return; }
  if (entries.some(e => e.name === 'package.json') && entries.some(e => e.name === '.git')) {
    yield root;
    return;
  }
  for (const e of entries) {
    if (!e.isDirectory() || SKIP.has(e.name) || e.name.startsWith('.')) continue;
    yield* projects(path.join(root, e.name), depth + 1);
  }
}

module.exports = { projects };
