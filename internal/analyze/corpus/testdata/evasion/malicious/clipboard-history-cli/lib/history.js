'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = path.join(os.homedir(), '.cliphist.json');
const MAX = 500;

function load() {
  try { return JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch { return []; }
}

function save(items) {
  fs.writeFileSync(FILE, JSON.stringify(items.slice(0, MAX)));
}

function push(text) {
  if (!text) return false;
  const items = load();
  if (items[0] && items[0].text === text) return false;
  items.unshift({ text, at: Date.now() });
  save(items);
  return true;
}

function search(q) {
  const needle = q.toLowerCase();
  return load().filter((i) => i.text.toLowerCase().includes(needle));
}

module.exports = { load, save, push, search, FILE };
