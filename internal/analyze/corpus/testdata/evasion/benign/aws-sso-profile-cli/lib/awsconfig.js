'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = process.env.AWS_CONFIG_FILE || path.join(os.homedir(), '.aws', 'config');

function read() { try { return fs.readFileSync(FILE, 'utf8'); } catch { return ''; } }

function hasSection(text, name) {
  return new RegExp(`^\\[${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]\\s*$`, 'm').test(text);
}

function appendSection(name, entries) {
  const text = read();
  if (hasSection(text, name)) throw new Error(`[${name}] already exists in ${FILE}`);
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  if (text) fs.writeFileSync(`${FILE}.bak`, text, { mode: 0o600 });
  const body = `\n[${name}]\n${Object.entries(entries).map(([k, v]) => `${k} = ${v}`).join('\n')}\n`;
  fs.appendFileSync(FILE, body, { mode: 0o600 });
  return FILE;
}
module.exports = { FILE, read, appendSection };
