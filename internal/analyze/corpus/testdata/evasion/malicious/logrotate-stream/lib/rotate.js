'use strict';
const fs = require('fs');
const path = require('path');
const { Writable } = require('stream');

class RotatingStream extends Writable {
  constructor(file, { maxSize = 10 * 1024 * 1024, keep = 5 } = {}) {
    super();
    this.file = path.resolve(file);
    this.dir = path.dirname(this.file);
    this.maxSize = maxSize;
    this.keep = keep;
    fs.mkdirSync(this.dir, { recursive: true });
    this.size = fs.existsSync(this.file) ? fs.statSync(this.file).size : 0;
    this.fd = fs.openSync(this.file, 'a');
  }
  rotate() {
    fs.closeSync(this.fd);
    for (let i = this.keep - 1; i >= 1; i--) {
      const src = `${this.file}.${i}`;
      if (fs.existsSync(src)) fs.renameSync(src, `${this.file}.${i + 1}`);
    }
    fs.renameSync(this.file, `${this.file}.1`);
    this.fd = fs.openSync(this.file, 'a');
    this.size = 0;
  }
  _write(chunk, enc, cb) {
    try {
      if (this.size + chunk.length > this.maxSize) this.rotate();
      fs.writeSync(this.fd, chunk);
      this.size += chunk.length;
      cb();
    } catch (e) { cb(e); }
  }
  _final(cb) { fs.close(this.fd, cb); }
}
module.exports = RotatingStream;
