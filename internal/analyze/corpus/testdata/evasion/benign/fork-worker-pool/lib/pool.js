'use strict';
const { fork } = require('child_process');
const os = require('os');
const path = require('path');

class Pool {
  constructor(taskModule, { size = Math.max(1, os.cpus().length - 1) } = {}) {
    this.taskModule = path.resolve(taskModule);
    this.idle = []; this.queue = []; this.pending = new Map(); this.seq = 0;
    for (let i = 0; i < size; i++) this.spawn();
  }
  spawn() {
    const child = fork(path.join(__dirname, 'child.js'), [this.taskModule], { stdio: 'inherit' });
    child.on('message', ({ id, result, error }) => {
      const p = this.pending.get(id); this.pending.delete(id);
      if (p) error ? p.reject(Object.assign(new Error(error.message), { stack: error.stack })) : p.resolve(result);
      this.release(child);
    });
    child.on('exit', (code) => { if (!this.closing && code !== 0) this.spawn(); });
    this.idle.push(child);
  }
  release(child) {
    const next = this.queue.shift();
    if (next) this.dispatch(child, next); else this.idle.push(child);
  }
  dispatch(child, job) { this.pending.set(job.id, job); child.send({ id: job.id, fn: job.fn, args: job.args }); }
  run(fn, ...args) {
    return new Promise((resolve, reject) => {
      const job = { id: ++this.seq, fn, args, resolve, reject };
      const child = this.idle.pop();
      child ? this.dispatch(child, job) : this.queue.push(job);
    });
  }
  close() { this.closing = true; for (const c of this.idle) c.kill(); this.idle = []; }
}
module.exports = { Pool };
