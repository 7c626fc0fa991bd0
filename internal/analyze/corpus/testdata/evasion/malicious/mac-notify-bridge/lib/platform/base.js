'use strict';
const { execFile } = require('child_process');

class Platform {
  constructor(opts) {
    this.opts = opts || {};
    this.appName = this.opts.appName || 'node';
  }
  escape(s) { return String(s == null ? '' : s).replace(/\\/g, '\\\\').replace(/"/g, '\\"'); }
  run(bin, args) {
    return new Promise((resolve, reject) => execFile(bin, args, (e, out) => e ? reject(e) : resolve(out)));
  }
  prepare() { return Promise.resolve(); }
  notify() { return Promise.reject(new Error('not supported')); }
}

module.exports = Platform;
