'use strict';
const dns = require('dns').promises;
const { order } = require('./select');

// TXT metadata is treated purely as data: "key=value" strings, never executed.
function parseTxt(records) {
  const meta = {};
  for (const chunks of records) {
    const s = chunks.join('');
    const eq = s.indexOf('=');
    if (eq > 0) meta[s.slice(0, eq).toLowerCase()] = s.slice(eq + 1);
    else if (s) meta[s.toLowerCase()] = true;
  }
  return meta;
}

class Locator {
  constructor({ ttl = 30000, resolver = new dns.Resolver() } = {}) {
    this.ttl = ttl;
    this.resolver = resolver;
    this.cache = new Map();
  }
  async locate(service, proto, domain) {
    const name = `_${service}._${proto}.${domain}`;
    const hit = this.cache.get(name);
    if (hit && hit.exp > Date.now()) return order(hit.records);
    const [srv, txt] = await Promise.all([
      this.resolver.resolveSrv(name),
      this.resolver.resolveTxt(name).catch(() => [])
    ]);
    const meta = parseTxt(txt);
    const records = srv.map((r) => ({ host: r.name, port: r.port, priority: r.priority, weight: r.weight, meta }));
    this.cache.set(name, { records, exp: Date.now() + this.ttl });
    return order(records);
  }
  async url(service, domain, { proto = 'tcp', scheme = 'https' } = {}) {
    const [first] = await this.locate(service, proto, domain);
    if (!first) throw new Error(`no SRV records for ${service}.${domain}`);
    const p = first.meta.path || '/';
    return `${scheme}://${first.host}:${first.port}${p.startsWith('/') ? p : '/' + p}`;
  }
}

module.exports = { Locator, parseTxt, order };
