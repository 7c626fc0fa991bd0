'use strict';
class RingBuffer {
  constructor(size = 1000) { this.size = size; this.items = []; this.dropped = 0; }
  push(x) { if (this.items.length >= this.size) { this.items.shift(); this.dropped++; } this.items.push(x); }
  drain() { return this.items.splice(0); }
  get length() { return this.items.length; }
}
module.exports = { RingBuffer };
