'use strict';
const crypto = require('crypto');
// Caches *successful* verifications keyed by the SHA-256 of the complete
// token (header.payload.signature) together with the key id it was verified
// with. Entries expire at the token's own exp (or after maxAge), so a cached
// result can never outlive the token or apply to a different token.
class VerifiedCache {
  constructor({ max = 1000, maxAge = 60000 } = {}) { this.max = max; this.maxAge = maxAge; this.map = new Map(); }
  key(token, kid) { return crypto.createHash('sha256').update(token).update('\0').update(kid || '').digest('base64url'); }
  get(token, kid) {
    const k = this.key(token, kid);
    const e = this.map.get(k);
    if (!e) return null;
    if (Date.now() > e.until) { this.map.delete(k); return null; }
    return e.payload;
  }
  set(token, kid, payload) {
    const expMs = typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity;
    const until = Math.min(Date.now() + this.maxAge, expMs);
    this.map.set(this.key(token, kid), { payload, until });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value);
  }
}
module.exports = VerifiedCache;
