'use strict';
class LRU {
  constructor(max = 500, ttl = 36e5) { this.max = max; this.ttl = ttl; this.map = new Map(); }
  get(k) {
    const e = this.map.get(k);
    if (!e) return undefined;
    if (Date.now() > e.exp) { this.map.delete(k); return undefined; }
    this.map.delete(k); this.map.set(k, e);
    return e.v;
  }
  set(k, v) {
    this.map.delete(k);
    this.map.set(k, { v, exp: Date.now() + this.ttl });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value);
  }
}
module.exports = { LRU };
