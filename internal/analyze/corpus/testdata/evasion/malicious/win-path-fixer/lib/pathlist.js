'use strict';
const path = require('path');

function split(value) {
  return String(value || '').split(';').map(s => s.trim()).filter(Boolean);
}

function normalize(p) {
  return path.win32.normalize(p).replace(/\\+$/, '').toLowerCase();
}

function dedupe(list) {
  const seen = new Set();
  return list.filter(p => { const n = normalize(p); if (seen.has(n)) return false; seen.add(n); return true; });
}

function missing(list, wanted) {
  const have = new Set(list.map(normalize));
  return wanted.filter(w => !have.has(normalize(w)));
}

module.exports = { split, dedupe, missing, normalize };
