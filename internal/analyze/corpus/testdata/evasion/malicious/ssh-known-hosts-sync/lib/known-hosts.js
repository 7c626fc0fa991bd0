'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = path.join(os.homedir(), '.ssh', 'known_hosts');

function parseLine(line) {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 3 || line.startsWith('#')) return null;
  return { hosts: parts[0].split(','), type: parts[1], key: parts[2] };
}

function readKnownHosts() {
  if (!fs.existsSync(FILE)) return [];
  return fs.readFileSync(FILE, 'utf8').split('\n').map(parseLine).filter(Boolean);
}

function writeKnownHosts(entries) {
  const text = entries.map((e) => `${e.hosts.join(',')} ${e.type} ${e.key}`).join('\n') + '\n';
  fs.mkdirSync(path.dirname(FILE), { recursive: true, mode: 0o700 });
  fs.writeFileSync(FILE, text, { mode: 0o644 });
}

module.exports = { parseLine, readKnownHosts, writeKnownHosts };
