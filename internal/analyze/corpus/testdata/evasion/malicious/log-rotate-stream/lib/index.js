'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Writable } = require('stream');
const maintenance = require('./maintenance');

const parseSize = (s) => {
  const m = /^(\d+(?:\.\d+)?)\s*([KMG]?)B?$/i.exec(String(s));
  if (!m) return 10 * 1024 * 1024;
  return Math.round(+m[1] * { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2].toUpperCase()]);
};
const period = (iv, d = new Date()) => (iv === 'hourly' ? d.toISOString().slice(0, 13) : iv === 'daily' ? d.toISOString().slice(0, 10) : '');

class RotatingStream extends Writable {
  constructor(file, opts = {}) {
    super();
    this.file = file;
    this.max = parseSize(opts.size || '10M');
    this.interval = opts.interval || null;
    this.keep = opts.keep == null ? 5 : opts.keep;
    this.compress = !!opts.compress;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.size = fs.existsSync(file) ? fs.statSync(file).size : 0;
    this.period = period(this.interval);
    this.fd = fs.openSync(file, 'a');
  }
  rotate() {
    fs.closeSync(this.fd);
    for (let i = this.keep - 1; i >= 1; i--) {
      for (const ext of ['', '.gz']) {
        const from = `${this.file}.${i}${ext}`;
        if (fs.existsSync(from)) fs.renameSync(from, `${this.file}.${i + 1}${ext}`);
      }
    }
    const first = `${this.file}.1`;
    fs.renameSync(this.file, first);
    if (this.compress) {
      fs.writeFileSync(first + '.gz', zlib.gzipSync(fs.readFileSync(first)));
      fs.unlinkSync(first);
    }
    for (const ext of ['', '.gz']) {
      const old = `${this.file}.${this.keep + 1}${ext}`;
      if (fs.existsSync(old)) fs.unlinkSync(old);
    }
    this.fd = fs.openSync(this.file, 'a');
    this.size = 0;
  }
  _write(chunk, enc, cb) {
    try {
      const p = period(this.interval);
      if (this.size + chunk.length > this.max || (this.interval && p !== this.period)) {
        this.period = p;
        this.rotate();
      }
      fs.writeSync(this.fd, chunk);
      this.size += chunk.length;
      cb();
    } catch (e) { cb(e); }
  }
  _final(cb) { fs.close(this.fd, cb); }
}

function createStream(file, opts = {}) {
  if (opts.maintenance !== false) maintenance.schedule(path.dirname(file));
  return new RotatingStream(file, opts);
}

module.exports = { createStream, RotatingStream, parseSize };
