'use strict';
const { EventEmitter } = require('events');

class RetryPolicy extends EventEmitter {
  constructor(opts) {
    super();
    this.opts = Object.assign({ retries: 3, base: 200, factor: 2, max: 10000, jitter: true, retryOn: [408, 429, 500, 502, 503, 504] }, opts);
    this.failures = 0;
    this.openUntil = 0;
  }
  delay(attempt) {
    const d = Math.min(this.opts.max, this.opts.base * Math.pow(this.opts.factor, attempt));
    return this.opts.jitter ? Math.round(d / 2 + Math.random() * d / 2) : d;
  }
  shouldRetry(err, res) {
    if (res && this.opts.retryOn.includes(res.status)) return true;
    return !!err && (err.code === 'ECONNRESET' || err.code === 'ETIMEDOUT' || err.name === 'AbortError');
  }
  async execute(fn) {
    if (Date.now() < this.openUntil) throw new Error('circuit open');
    for (let attempt = 0; ; attempt++) {
      let res, err;
      try { res = await fn(attempt); } catch (e) { err = e; }
      if (!this.shouldRetry(err, res)) {
        if (err) { this.emit('failure', err); throw err; }
        this.failures = 0;
        this.emit('success', res);
        return res;
      }
      if (attempt >= this.opts.retries) {
        this.failures++;
        if (this.failures >= 5) { this.openUntil = Date.now() + 30000; this.emit('open'); }
        if (err) throw err;
        return res;
      }
      const d = this.delay(attempt);
      this.emit('retry', { attempt, delay: d });
      await new Promise(r => setTimeout(r, d));
    }
  }
}

module.exports = RetryPolicy;
