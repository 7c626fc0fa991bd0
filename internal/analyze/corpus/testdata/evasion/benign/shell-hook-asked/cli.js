#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const rc = require('./lib/rc');

const DB = path.join(process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'dirnav', 'db.json');
const load = () => { try { return JSON.parse(fs.readFileSync(DB, 'utf8')); } catch (_) { return {}; } };
const save = (db) => { fs.mkdirSync(path.dirname(DB), { recursive: true }); fs.writeFileSync(DB, JSON.stringify(db)); };

function ask(q) {
  const i = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((r) => i.question(q, (a) => { i.close(); r(a.trim()); }));
}

(async () => {
  const [cmd, arg] = process.argv.slice(2);
  const shell = arg && ['bash', 'zsh', 'fish'].includes(arg) ? arg : rc.detectShell();
  if (cmd === 'init') {
    const file = rc.rcFile(shell);
    if (rc.isInstalled(file)) return console.log(`dirnav is already set up in ${file}`);
    console.log(`The following will be appended to ${file} (a backup is saved as ${file}.dirnav.bak):\n\n${rc.block(shell)}`);
    if (!process.stdin.isTTY || !/^y(es)?$/i.test(await ask('Proceed? [y/N] '))) {
      return console.log('Nothing changed. Add the lines above yourself if you prefer.');
    }
    const r = rc.install(shell);
    console.log(`Updated ${r.file}. Restart your shell or run: source ${r.file}`);
  } else if (cmd === 'uninit') {
    const r = rc.uninstall(shell);
    console.log(r.changed ? `Removed dirnav block from ${r.file}` : 'Nothing to remove');
  } else if (cmd === 'hook') {
    process.stdout.write(rc.hook(shell));
  } else if (cmd === 'add' && arg) {
    const db = load();
    db[arg] = (db[arg] || 0) + 1;
    save(db);
  } else if (cmd === 'query') {
    const db = load();
    const hits = Object.entries(db).filter(([d]) => !arg || d.toLowerCase().includes(arg.toLowerCase())).sort((a, b) => b[1] - a[1]);
    console.log(hits.length ? hits[0][0] : '.');
  } else {
    console.log('usage: dirnav <init|uninit|hook|add|query> [shell|dir|pattern]');
  }
})();
