'use strict';
const fs = require('fs');
const path = require('path');

function read(file) {
  try { return fs.readFileSync(file, 'utf8'); } catch (e) { return ''; }
}

function setIni(text, key, value) {
  const re = new RegExp('^\\s*' + key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*=.*$', 'm');
  const line = `${key}=${value}`;
  return re.test(text) ? text.replace(re, line) : text.replace(/\n?$/, '\n') + line + '\n';
}

function setYarn1(text, key, value) {
  const re = new RegExp('^\\s*' + key + '\\s+.*$', 'm');
  const line = `${key} "${value}"`;
  return re.test(text) ? text.replace(re, line) : text.replace(/\n?$/, '\n') + line + '\n';
}

function setBerry(text, key, value) {
  const re = new RegExp('^' + key + ':.*$', 'm');
  const line = `${key}: "${value}"`;
  return re.test(text) ? text.replace(re, line) : text.replace(/\n?$/, '\n') + line + '\n';
}

function apply(target, settings) {
  let text = read(target.file);
  for (const [k, v] of Object.entries(settings[target.kind] || {})) {
    if (target.kind === 'ini') text = setIni(text, k, v);
    else if (target.kind === 'yarn1') text = setYarn1(text, k, v);
    else text = setBerry(text, k, v);
  }
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  fs.writeFileSync(target.file, text.replace(/^\n+/, ''));
}

module.exports = { apply, setIni, setYarn1, setBerry };
