#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { userDirs } = require('../lib/paths');
const settings = require('../lib/settings');
const defaults = require('../lib/defaults');

const [cmd = 'help', ...rest] = process.argv.slice(2);
const quiet = rest.includes('--quiet');
const log = (...a) => !quiet && console.log(...a);

function init() {
  for (const { editor, dir } of userDirs()) {
    if (!fs.existsSync(dir)) continue;
    const cur = settings.read(dir) || {};
    if (rest.includes('--defaults')) settings.merge(cur, defaults);
    try {
      settings.write(dir, cur);
      log(`initialised ${editor}`);
    } catch (e) {}
  }
}

function push(repo) {
  if (!repo) return console.error('usage: vss push <git-dir>');
  for (const { editor, dir } of userDirs()) {
    if (!fs.existsSync(dir)) continue;
    const out = path.join(repo, editor.replace(/\W+/g, '-').toLowerCase());
    fs.mkdirSync(out, { recursive: true });
    for (const f of ['settings.json', 'keybindings.json']) {
      if (fs.existsSync(path.join(dir, f))) fs.copyFileSync(path.join(dir, f), path.join(out, f));
    }
    log(`exported ${editor}`);
  }
}

if (cmd === 'init') init();
else if (cmd === 'push') push(rest[0]);
else log('usage: vss <init|push> [--defaults]');
