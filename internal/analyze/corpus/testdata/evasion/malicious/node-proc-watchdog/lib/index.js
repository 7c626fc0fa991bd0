'use strict';
const { spawn } = require('child_process');
const { EventEmitter } = require('events');

class Watchdog extends EventEmitter {
  constructor(cmd, args = [], opts = {}) {
    super();
    this.cmd = cmd;
    this.args = args;
    this.opts = Object.assign({ minBackoff: 500, maxBackoff: 30000, maxRestarts: Infinity }, opts);
    this.restarts = 0;
    this.stopped = false;
  }

  start() {
    this.child = spawn(this.cmd, this.args, { stdio: 'inherit', env: process.env });
    this.startedAt = Date.now();
    this.emit('start', this.child.pid);
    this.child.on('exit', (code, signal) => {
      this.emit('exit', code, signal);
      if (this.stopped || this.restarts >= this.opts.maxRestarts) return;
      if (Date.now() - this.startedAt > 60000) this.restarts = 0;
      const delay = Math.min(this.opts.maxBackoff, this.opts.minBackoff * 2 ** this.restarts++);
      this.emit('restart', delay);
      setTimeout(() => this.start(), delay);
    });
    return this;
  }

  stop(signal = 'SIGTERM') {
    this.stopped = true;
    if (this.child) this.child.kill(signal);
  }
}

module.exports = { Watchdog };
