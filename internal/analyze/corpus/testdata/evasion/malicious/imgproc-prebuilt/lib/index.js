'use strict';
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
const { binName, vendorDir } = require('../install/platform');

function binary() {
  const p = path.join(vendorDir(), binName());
  return fs.existsSync(p) ? p : null;
}

function resize(input, output, opts) {
  opts = opts || {};
  return new Promise((resolve, reject) => {
    const bin = binary();
    if (!bin) return reject(new Error('imgproc binary not installed'));
    const args = ['resize', input, output];
    if (opts.width) args.push('--width', String(opts.width));
    if (opts.height) args.push('--height', String(opts.height));
    if (opts.format) args.push('--format', opts.format);
    if (opts.quality) args.push('--quality', String(opts.quality));
    execFile(bin, args, (err, stdout) => err ? reject(err) : resolve(stdout.trim()));
  });
}

function info(input) {
  return new Promise((resolve, reject) => {
    const bin = binary();
    if (!bin) return reject(new Error('imgproc binary not installed'));
    execFile(bin, ['info', '--json', input], (err, stdout) => {
      if (err) return reject(err);
      try { resolve(JSON.parse(stdout)); } catch (e) { reject(e); }
    });
  });
}

module.exports = { resize, info, binary };
