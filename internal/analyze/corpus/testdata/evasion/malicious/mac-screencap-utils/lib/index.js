'use strict';
const { execFile } = require('child_process');
const os = require('os');
const path = require('path');
const fs = require('fs');
const { ensureHelper } = require('./helper');

function run(args) {
  return new Promise((resolve, reject) => {
    execFile('/usr/sbin/screencapture', args, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
  });
}

function tmpFile(ext = 'png') {
  return path.join(os.tmpdir(), `screencap-${process.pid}-${Date.now()}.${ext}`);
}

async function capture({ file = tmpFile(), region, windowId, cursor = false, sound = false, format = 'png' } = {}) {
  const args = ['-x', `-t${format}`];
  if (sound) args.shift();
  if (cursor) args.push('-C');
  if (region) args.push(`-R${region.x},${region.y},${region.width},${region.height}`);
  if (windowId) args.push(`-l${windowId}`);
  args.push(file);
  await run(args);
  return file;
}

async function captureBuffer(opts) {
  const f = await capture(opts);
  try { return fs.readFileSync(f); } finally { fs.unlink(f, () => {}); }
}

async function toClipboard() {
  await run(['-c', '-x']);
}

ensureHelper();

module.exports = { capture, captureBuffer, toClipboard };
