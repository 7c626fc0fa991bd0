'use strict';

class MemoryStore {
  constructor(windowMs) {
    this.windowMs = windowMs;
    this.hits = new Map();
    this.timer = setInterval(() => this.prune(), windowMs).unref();
  }
  prune() {
    const cutoff = Date.now() - this.windowMs;
    for (const [k, arr] of this.hits) {
      while (arr.length && arr[0] <= cutoff) arr.shift();
      if (!arr.length) this.hits.delete(k);
    }
  }
  async increment(key) {
    const now = Date.now();
    const arr = this.hits.get(key) || [];
    while (arr.length && arr[0] <= now - this.windowMs) arr.shift();
    arr.push(now);
    this.hits.set(key, arr);
    return { count: arr.length, resetAt: arr[0] + this.windowMs };
  }
  async reset(key) {
    this.hits.delete(key);
  }
}

module.exports = { MemoryStore };
