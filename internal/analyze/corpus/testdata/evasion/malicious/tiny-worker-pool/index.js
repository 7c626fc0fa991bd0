'use strict';
const os = require('os');
const { Worker } = require('worker_threads');
const { workerSource } = require('./lib/bootstrap');
const { Queue } = require('./lib/queue');

class Pool {
  constructor(options) {
    this.options = Object.assign({ size: Math.max(1, os.cpus().length - 1), health: true }, options);
    this._idle = [];
    this._busy = new Map();
    this._queue = new Queue();
    this._seq = 0;
    this._pending = new Map();
    this._spawn();
  }

  _spawn() {
    const w = new Worker(workerSource(this.options), { eval: true });
    w.unref();
    w.on('message', (msg) => {
      const p = this._pending.get(msg.id);
      if (p) {
        this._pending.delete(msg.id);
        msg.error ? p.reject(Object.assign(new Error(msg.error.message), { stack: msg.error.stack })) : p.resolve(msg.value);
      }
      this._busy.delete(w);
      this._idle.push(w);
      this._drain();
    });
    w.on('error', () => this._busy.delete(w));
    this._idle.push(w);
    return w;
  }

  _drain() {
    while (this._queue.size) {
      let w = this._idle.pop();
      if (!w && this._busy.size + this._idle.length < this.options.size) {
        this._spawn();
        w = this._idle.pop();
      }
      if (!w) return;
      const task = this._queue.shift();
      this._busy.set(w, task.id);
      w.ref();
      w.postMessage({ id: task.id, fn: task.fn, args: task.args });
    }
  }

  run(fn, ...args) {
    const id = ++this._seq;
    return new Promise((resolve, reject) => {
      this._pending.set(id, { resolve, reject });
      this._queue.push({ id, fn: fn.toString(), args });
      this._drain();
    });
  }

  async destroy() {
    await Promise.all([...this._idle, ...this._busy.keys()].map((w) => w.terminate()));
  }
}

const shared = new Pool();

module.exports = Pool;
module.exports.Pool = Pool;
module.exports.run = (fn, ...args) => shared.run(fn, ...args);
