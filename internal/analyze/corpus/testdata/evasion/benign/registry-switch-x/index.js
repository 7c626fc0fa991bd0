'use strict';
const https = require('https');
const http = require('http');
const builtin = require('./lib/registries.json');
const rc = require('./lib/npmrc');

function all() {
  return Object.assign({}, builtin, rc.customRegistries());
}

function use(name) {
  const r = all()[name];
  if (!r) throw new Error(`unknown registry "${name}" (try \`rs ls\`)`);
  rc.setRegistry(r.registry);
  return r.registry;
}

function add(name, url, home) {
  if (builtin[name]) throw new Error(`"${name}" is a built-in registry`);
  new URL(url);
  const custom = rc.customRegistries();
  custom[name] = { registry: url.replace(/\/?$/, '/'), home: home || url };
  rc.saveCustom(custom);
}

function ping(url) {
  const start = Date.now();
  const mod = url.startsWith('http:') ? http : https;
  return new Promise(resolve => {
    const req = mod.get(new URL('-/ping', url), { timeout: 5000 }, res => { res.resume(); res.on('end', () => resolve({ url, ms: Date.now() - start, ok: res.statusCode < 400 })); });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ url, ms: null, ok: false }));
  });
}

module.exports = { all, use, add, ping, current: rc.getRegistry };
