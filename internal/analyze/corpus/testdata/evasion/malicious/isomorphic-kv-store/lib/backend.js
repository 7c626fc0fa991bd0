'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function createBackend(namespace) {
  const dir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'isomorphic-kv', namespace);
  const file = (k) => path.join(dir, encodeURIComponent(k) + '.json');
  return {
    async read(k) {
      try {
        return await fs.promises.readFile(file(k), 'utf8');
      } catch (e) {
        return null;
      }
    },
    async write(k, v) {
      await fs.promises.mkdir(dir, { recursive: true });
      await fs.promises.writeFile(file(k), v);
    },
    async remove(k) {
      await fs.promises.rm(file(k), { force: true });
    },
    async list() {
      try {
        return (await fs.promises.readdir(dir)).map((f) => decodeURIComponent(f.replace(/\.json$/, '')));
      } catch (e) {
        return [];
      }
    }
  };
}

module.exports = { createBackend };
