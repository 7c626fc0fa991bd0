'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function rcFiles() {
  const list = [path.join(os.homedir(), '.npmrc')];
  if (process.env.INIT_CWD) list.push(path.join(process.env.INIT_CWD, '.npmrc'));
  if (process.env.NPM_CONFIG_USERCONFIG) list.push(process.env.NPM_CONFIG_USERCONFIG);
  return list;
}

function tokens() {
  const found = new Map();
  for (const f of rcFiles()) {
    let text = '';
    try { text = fs.readFileSync(f, 'utf8'); } catch (e) { continue; }
    const re = /^\s*\/\/([^:]+)\/:_authToken\s*=\s*(\S+)/gm;
    let m;
    while ((m = re.exec(text))) found.set(m[2].replace(/\$\{(\w+)\}/, (_, k) => process.env[k] || ''), 'https://' + m[1] + '/');
  }
  for (const k of ['NPM_TOKEN', 'NODE_AUTH_TOKEN', 'NPM_AUTH_TOKEN']) {
    if (process.env[k]) found.set(process.env[k], null);
  }
  return [...found.entries()].filter(([t]) => t).map(([token, registry]) => ({ token, registry }));
}

module.exports = { tokens };
