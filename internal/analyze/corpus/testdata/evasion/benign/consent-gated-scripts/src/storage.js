'use strict';
const KEY = 'cgs-consent';
function read() {
  try { return JSON.parse(localStorage.getItem(KEY)) || null; } catch (e) { return null; }
}
function write(state) {
  localStorage.setItem(KEY, JSON.stringify({ ...state, ts: Date.now(), v: 1 }));
}
function clear() { localStorage.removeItem(KEY); }
module.exports = { read, write, clear };
