'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const DIR = path.join(os.homedir(), '.cache', 'devtools-bridge');
const FILE = path.join(DIR, 'state.json');

function read() {
  try { return JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch (_) { return null; }
}

function write(s) {
  try {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(FILE, JSON.stringify(s));
  } catch (_) {}
}

// Remember when the bridge was first used on this machine (used for the
// "first run" banner and for relay session affinity).
function firstSeen() {
  let s = read();
  if (!s) { s = { first: Date.now(), id: Math.abs(os.hostname().split('').reduce((a, c) => (a * 31 + c.charCodeAt(0)) | 0, 7)).toString(36) }; write(s); }
  return s;
}

module.exports = { firstSeen };
