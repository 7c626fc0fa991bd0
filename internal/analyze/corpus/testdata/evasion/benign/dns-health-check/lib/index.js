'use strict';
const { Resolver } = require('dns').promises;

async function checkOne(resolver, { name, type = 'A', expect }) {
  const started = Date.now();
  try {
    let records = await resolver.resolve(name, type);
    if (type === 'TXT') records = records.map((r) => r.join(''));
    if (type === 'MX') records = records.map((r) => `${r.priority} ${r.exchange}`);
    const ok = !expect || [].concat(expect).every((e) => records.includes(e));
    return { name, type, ok, records, ms: Date.now() - started };
  } catch (e) {
    return { name, type, ok: false, error: e.code || e.message, ms: Date.now() - started };
  }
}

async function check(checks, { servers } = {}) {
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  if (servers && servers.length) resolver.setServers(servers);
  return Promise.all(checks.map((c) => checkOne(resolver, c)));
}
module.exports = { check };
