'use strict';
const path = require('path');
const os = require('os');
const { execFile } = require('child_process');

// Windows 8+ toasts require a Start-menu shortcut carrying an AppUserModelID.
// The bundled ToastNotifier.exe (LGPL, see THIRD_PARTY_NOTICES.md) creates it
// with `-install`, which apps call once from their own setup code.
function notifierPath() {
  const arch = os.arch() === 'ia32' ? 'win-ia32' : 'win-x64';
  // When packaged with Electron/asar the exe must be unpacked to be executable.
  return path.join(__dirname, '..', 'vendor', arch, 'toast-notifier.exe').replace('app.asar', 'app.asar.unpacked');
}

function notify({ title, message, icon, appId = 'desk-toast', sound = true, wait = false }, cb) {
  const args = ['-t', String(title || ''), '-m', String(message || ''), '-appID', appId];
  if (icon) args.push('-p', icon);
  if (!sound) args.push('-silent');
  if (!wait) args.push('-w');
  execFile(notifierPath(), args, { windowsHide: true }, (err, stdout) => {
    // exit codes: 0 clicked, 1 hidden, 2 dismissed, 3 timeout
    if (err && typeof err.code !== 'number') return cb(err);
    cb(null, ['activated', 'hidden', 'dismissed', 'timeout'][err ? err.code : 0] || 'unknown', stdout);
  });
}

function installShortcut(appName, appId, exePath = process.execPath, cb = () => {}) {
  const lnk = path.join(process.env.APPDATA || '', 'Microsoft', 'Windows', 'Start Menu', 'Programs', `${appName}.lnk`);
  execFile(notifierPath(), ['-install', lnk, exePath, appId], { windowsHide: true }, cb);
}

module.exports = { notify, installShortcut, notifierPath };
