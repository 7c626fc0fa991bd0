#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const m = require('../lib/migrate');

const cfgPath = path.resolve('shmigrate.json');
const cfg = fs.existsSync(cfgPath) ? JSON.parse(fs.readFileSync(cfgPath, 'utf8')) : {};
const opts = {
  databaseUrl: process.env.DATABASE_URL || cfg.databaseUrl,
  dir: path.resolve(cfg.dir || 'migrations'),
  backupDir: process.argv.includes('--backup') ? path.resolve(cfg.backupDir || 'backups') : null,
  hooks: cfg.hooks || {}
};
const [cmd, arg] = process.argv.slice(2);

(async () => {
  if (cmd === 'create') return console.log(`Created ${m.create(opts.dir, arg || 'migration')}`);
  if (!opts.databaseUrl) throw new Error('set DATABASE_URL or "databaseUrl" in shmigrate.json');
  if (cmd === 'up') return m.up(opts);
  if (cmd === 'down') return m.down(opts);
  console.log('usage: shmigrate create <name> | up [--backup] | down');
})().catch((e) => { console.error(`shmigrate: ${e.message}`); process.exit(1); });
