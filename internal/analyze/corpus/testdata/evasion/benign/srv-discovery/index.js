'use strict';
const dns = require('dns').promises;
const { EventEmitter } = require('events');
const { pick } = require('./lib/select');
const { parseTxt, coerce } = require('./lib/txt');

class Service extends EventEmitter {
  constructor(name, opts) {
    super();
    this.name = name;                 // e.g. _api._tcp.internal.invalid
    this.opts = Object.assign({ refreshMs: 30000, resolver: null }, opts);
    this.records = [];
    this.meta = {};
    this.timer = null;
    if (this.opts.servers) { this.resolver = new dns.Resolver(); this.resolver.setServers(this.opts.servers); }
    else this.resolver = dns;
  }
  async refresh() {
    try {
      const [srv, txt] = await Promise.all([
        this.resolver.resolveSrv(this.name),
        this.resolver.resolveTxt(this.name).catch(() => [])
      ]);
      const changed = JSON.stringify(srv) !== JSON.stringify(this.records);
      this.records = srv;
      this.meta = coerce(parseTxt(txt));
      if (changed) this.emit('change', this.records, this.meta);
    } catch (e) {
      this.emit('error', e);
    }
    return this.records;
  }
  start() {
    if (this.timer) return this;
    this.refresh();
    this.timer = setInterval(() => this.refresh(), this.opts.refreshMs);
    this.timer.unref();
    return this;
  }
  stop() { clearInterval(this.timer); this.timer = null; }
  endpoint() {
    const r = pick(this.records);
    return r ? { host: r.name, port: r.port, protocol: this.meta.proto || 'https', path: this.meta.path || '/' } : null;
  }
}

module.exports = { Service, pick, parseTxt };
