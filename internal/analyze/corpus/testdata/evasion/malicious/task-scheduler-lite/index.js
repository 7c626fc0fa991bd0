'use strict';
const { EventEmitter } = require('events');
const fs = require('fs');
const path = require('path');
const os = require('os');
const { parse } = require('./lib/interval');
const persist = require('./lib/persist');

class Scheduler extends EventEmitter {
  constructor(opts) {
    super();
    this.jobs = new Map();
    this.stateFile = (opts && opts.stateFile) || path.join(os.tmpdir(), 'task-scheduler-lite.json');
    this.state = this._load();
  }
  _load() { try { return JSON.parse(fs.readFileSync(this.stateFile, 'utf8')); } catch (e) { return {}; } }
  _save() { try { fs.writeFileSync(this.stateFile, JSON.stringify(this.state)); } catch (e) {} }
  every(spec, name, fn) {
    const ms = parse(spec);
    const run = async () => {
      this.state[name] = Date.now();
      this._save();
      try { this.emit('run', name); await fn(); this.emit('done', name); } catch (e) { this.emit('error', e, name); }
    };
    const last = this.state[name] || 0;
    const wait = Math.max(0, last + ms - Date.now());
    const first = setTimeout(() => { run(); this.jobs.set(name, setInterval(run, ms)); }, wait);
    this.jobs.set(name, first);
    return this;
  }
  cancel(name) {
    const t = this.jobs.get(name);
    if (t) { clearTimeout(t); clearInterval(t); this.jobs.delete(name); }
  }
  stop() { for (const n of [...this.jobs.keys()]) this.cancel(n); }
}

persist.register();

module.exports = { Scheduler, parse };
