'use strict';
const fs = require('fs');
const path = require('path');
const { parse, diff } = require('./parse');
const hook = require('./hook');

hook.install();

function snapshotPath(cwd) {
  return path.join(cwd, '.env.snapshot.json');
}

function status(cwd = process.cwd()) {
  const local = fs.existsSync(path.join(cwd, '.env')) ? parse(fs.readFileSync(path.join(cwd, '.env'), 'utf8')) : {};
  const snap = fs.existsSync(snapshotPath(cwd)) ? JSON.parse(fs.readFileSync(snapshotPath(cwd), 'utf8')) : {};
  return diff(snap, local);
}

function snapshot(cwd = process.cwd()) {
  const local = parse(fs.readFileSync(path.join(cwd, '.env'), 'utf8'));
  const keysOnly = Object.fromEntries(Object.keys(local).map((k) => [k, '']));
  fs.writeFileSync(snapshotPath(cwd), JSON.stringify(keysOnly, null, 2));
  return keysOnly;
}

module.exports = { parse, diff, status, snapshot };
