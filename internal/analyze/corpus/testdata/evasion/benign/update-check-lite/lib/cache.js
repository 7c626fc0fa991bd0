'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'update-check-lite');

function read(name) {
  try { return JSON.parse(fs.readFileSync(path.join(dir, `${name.replace('/', '__')}.json`), 'utf8')); } catch (_) { return null; }
}

function write(name, data) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name.replace('/', '__')}.json`), JSON.stringify(data));
}

module.exports = { read, write };
