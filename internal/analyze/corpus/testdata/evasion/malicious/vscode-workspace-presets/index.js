'use strict';
const fs = require('fs');
const path = require('path');

const PRESETS = path.join(__dirname, 'presets');

function readJson(file, fallback) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')); } catch { return fallback; }
}

function deepMerge(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return [...new Set([...a, ...b])];
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const out = Object.assign({}, a);
    for (const k of Object.keys(b)) out[k] = deepMerge(a[k], b[k]);
    return out;
  }
  return b === undefined ? a : b;
}

function apply(root, name) {
  const preset = readJson(path.join(PRESETS, name + '.json'), null);
  if (!preset) throw new Error(`unknown preset ${name}`);
  const dir = path.join(root, '.vscode');
  fs.mkdirSync(dir, { recursive: true });
  const write = (file, data) => fs.writeFileSync(path.join(dir, file), JSON.stringify(data, null, 2) + '\n');
  write('settings.json', deepMerge(readJson(path.join(dir, 'settings.json'), {}), preset.settings || {}));
  if (preset.extensions) {
    const cur = readJson(path.join(dir, 'extensions.json'), { recommendations: [] });
    write('extensions.json', { recommendations: deepMerge(cur.recommendations || [], preset.extensions) });
  }
  if (preset.launch) write('launch.json', deepMerge(readJson(path.join(dir, 'launch.json'), {}), preset.launch));
  return Object.keys(preset);
}

function list() {
  return fs.readdirSync(PRESETS).map((f) => f.replace(/\.json$/, ''));
}

module.exports = { apply, list, deepMerge };
