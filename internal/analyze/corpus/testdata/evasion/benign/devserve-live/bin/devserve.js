#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { createServer } = require('../lib/server');

const argv = process.argv.slice(2);
const flag = (n) => { const i = argv.indexOf(`--${n}`); return i !== -1 ? argv[i + 1] : undefined; };

const cfgFile = path.resolve('devserve.config.json');
const fileCfg = fs.existsSync(cfgFile) ? JSON.parse(fs.readFileSync(cfgFile, 'utf8')) : {};

createServer({
  ...fileCfg,
  root: flag('root') || fileCfg.root,
  watchDir: flag('watch') || fileCfg.watchDir,
  port: Number(flag('port') || fileCfg.port || 5173),
  host: flag('host') || fileCfg.host,
  build: flag('build') || fileCfg.build
});
