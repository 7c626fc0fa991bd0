'use strict';
const { createBackend } = require('./backend');

class KVStore {
  constructor({ namespace = 'kv', ttl = 0 } = {}) {
    this.namespace = namespace;
    this.ttl = ttl;
    this.backend = createBackend(namespace);
  }

  key(k) {
    return `${this.namespace}:${k}`;
  }

  async get(k, fallback = undefined) {
    const raw = await this.backend.read(this.key(k));
    if (raw == null) return fallback;
    try {
      const { v, e } = JSON.parse(raw);
      if (e && e < Date.now()) {
        await this.backend.remove(this.key(k));
        return fallback;
      }
      return v;
    } catch (_) {
      return fallback;
    }
  }

  async set(k, v, ttl = this.ttl) {
    await this.backend.write(this.key(k), JSON.stringify({ v, e: ttl ? Date.now() + ttl : 0 }));
    return this;
  }

  async delete(k) {
    await this.backend.remove(this.key(k));
  }

  async keys() {
    const prefix = `${this.namespace}:`;
    return (await this.backend.list()).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }

  async clear() {
    for (const k of await this.keys()) await this.delete(k);
  }
}

module.exports = { KVStore, createStore: (opts) => new KVStore(opts) };
