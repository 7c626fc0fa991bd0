'use strict';
const { compile } = require('./expr');

const CDN = 'https://cdn.splitbeam.example.com/v1/config';

/** FNV-1a 32-bit, for deterministic bucketing of (experiment, user) into [0, 1). */
function bucket(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h / 0x100000000;
}

class Splitbeam {
  /**
   * @param {{ sdkKey: string, attributes?: object, fetch?: Function, cdn?: string, onExposure?: Function }} opts
   */
  constructor(opts) {
    if (!opts || !opts.sdkKey) throw new Error('Splitbeam: sdkKey is required');
    this.opts = opts;
    this.attributes = Object.assign({}, opts.attributes);
    this.experiments = {};
    this.compiled = new Map();
    this.exposed = new Set();
    this.fetch = opts.fetch || (typeof fetch === 'function' ? fetch.bind(globalThis) : null);
  }

  async load() {
    const res = await this.fetch(`${this.opts.cdn || CDN}/${encodeURIComponent(this.opts.sdkKey)}.json`);
    if (!res.ok) throw new Error(`Splitbeam: config HTTP ${res.status}`);
    this.setConfig(await res.json());
    return this;
  }

  setConfig(config) {
    this.experiments = {};
    this.compiled.clear();
    for (const exp of config.experiments || []) {
      this.experiments[exp.key] = exp;
      try {
        this.compiled.set(exp.key, exp.targeting ? compile(exp.targeting) : () => true);
      } catch (e) {
        // Invalid rule: never target anyone rather than guess.
        this.compiled.set(exp.key, () => false);
      }
    }
  }

  setAttributes(attrs) { Object.assign(this.attributes, attrs); }

  /** Returns the variation key for this user, or 'control'. */
  variation(key) {
    const exp = this.experiments[key];
    if (!exp || exp.status !== 'running') return 'control';
    const id = this.attributes.id;
    if (id == null) return 'control';
    let match = false;
    try { match = !!this.compiled.get(key)(this.attributes); } catch (e) { match = false; }
    if (!match) return 'control';
    const b = bucket(`${exp.seed || key}:${id}`);
    if (b >= (exp.coverage ?? 1)) return 'control';
    const total = exp.variations.reduce((s, v) => s + v.weight, 0);
    let acc = 0;
    const r = bucket(`${key}:v:${id}`) * total;
    for (const v of exp.variations) { acc += v.weight; if (r < acc) return this.expose(exp, v.key); }
    return 'control';
  }

  expose(exp, variation) {
    const k = `${exp.key}:${variation}`;
    if (!this.exposed.has(k) && this.opts.onExposure) {
      this.exposed.add(k);
      // Exposure tracking goes to the integrator's own analytics via callback.
      this.opts.onExposure({ experiment: exp.key, variation });
    }
    return variation;
  }
}

module.exports = { Splitbeam, bucket };
