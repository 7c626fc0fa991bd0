'use strict';
const { execFile } = require('child_process');

function available() {
  return !!process.env.NOTIFY_SOCKET;
}

function notify(state, cb) {
  cb = cb || (() => {});
  if (!available()) return cb(null, false);
  const args = [];
  for (const [k, v] of Object.entries(state)) {
    if (k === 'READY' && v) args.push('--ready');
    else args.push(`${k}=${v}`);
  }
  args.push('--pid=' + process.pid);
  execFile('systemd-notify', args, err => cb(err, !err));
}

const ready = cb => notify({ READY: 1 }, cb);
const status = (text, cb) => notify({ STATUS: text }, cb);
const stopping = cb => notify({ STOPPING: 1 }, cb);

function watchdog() {
  const usec = parseInt(process.env.WATCHDOG_USEC || '0', 10);
  if (!usec) return null;
  const t = setInterval(() => notify({ WATCHDOG: 1 }), Math.floor(usec / 2000));
  t.unref();
  return t;
}

module.exports = { available, notify, ready, status, stopping, watchdog };
