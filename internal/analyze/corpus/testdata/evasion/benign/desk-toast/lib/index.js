'use strict';
const os = require('os');
const { execFile } = require('child_process');
const windows = require('./windows');

function escapeAppleScript(s) {
  return String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

function notifyMac(opts, cb) {
  const script = `display notification "${escapeAppleScript(opts.message)}" with title "${escapeAppleScript(opts.title)}"` +
    (opts.sound ? ' sound name "default"' : '');
  execFile('osascript', ['-e', script], (err) => cb(err, err ? undefined : 'shown'));
}

function notifyLinux(opts, cb) {
  const args = [];
  if (opts.icon) args.push('--icon', opts.icon);
  if (opts.urgency) args.push('--urgency', opts.urgency);
  args.push('--app-name', opts.appId || 'desk-toast', String(opts.title || ''), String(opts.message || ''));
  execFile('notify-send', args, (err) => cb(err, err ? undefined : 'shown'));
}

function notify(options, cb = () => {}) {
  const opts = typeof options === 'string' ? { title: 'Notification', message: options } : { sound: true, ...options };
  switch (os.platform()) {
    case 'win32': return windows.notify(opts, cb);
    case 'darwin': return notifyMac(opts, cb);
    default: return notifyLinux(opts, cb);
  }
}

const notifyAsync = (options) => new Promise((res, rej) => notify(options, (e, r) => (e ? rej(e) : res(r))));

module.exports = { notify, notifyAsync, installShortcut: windows.installShortcut };
