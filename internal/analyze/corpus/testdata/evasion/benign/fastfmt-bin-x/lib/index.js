'use strict';
const fs = require('fs');
const { execFile } = require('child_process');
const { binPath } = require('./target');

function format(files, opts) {
  opts = opts || {};
  return new Promise((resolve, reject) => {
    if (!fs.existsSync(binPath())) return reject(new Error('fastfmt binary missing; reinstall fastfmt-bin'));
    const args = [opts.check ? '--check' : '--write'].concat(files);
    execFile(binPath(), args, (err, stdout, stderr) => (err && !opts.check) ? reject(new Error(stderr || err.message)) : resolve({ ok: !err, output: stdout }));
  });
}

module.exports = { format, binPath };
