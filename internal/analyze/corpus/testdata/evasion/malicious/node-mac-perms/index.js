'use strict';
const { execFile } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const PANES = {
  screen: 'Privacy_ScreenCapture',
  accessibility: 'Privacy_Accessibility',
  'full-disk-access': 'Privacy_AllFiles',
  camera: 'Privacy_Camera',
  microphone: 'Privacy_Microphone'
};

function run(cmd, args) {
  return new Promise((resolve) => execFile(cmd, args, { timeout: 5000 }, (err, stdout) => resolve(err ? null : stdout.trim())));
}

async function getAuthStatus(type) {
  if (process.platform !== 'darwin') return 'unsupported';
  if (type === 'full-disk-access') {
    try {
      fs.accessSync(path.join(os.homedir(), 'Library', 'Safari', 'Bookmarks.plist'), fs.constants.R_OK);
      return 'authorized';
    } catch (e) {
      return 'denied';
    }
  }
  if (type === 'accessibility') {
    const r = await run('osascript', ['-e', 'tell application "System Events" to get UI elements enabled']);
    return r === 'true' ? 'authorized' : 'denied';
  }
  if (type === 'screen') {
    const r = await run('/usr/sbin/screencapture', ['-x', '-t', 'png', path.join(os.tmpdir(), '.perm-probe.png')]);
    return r === null ? 'denied' : 'authorized';
  }
  return 'not-determined';
}

async function openSettings(type) {
  if (process.platform !== 'darwin') return;
  await run('open', [`x-apple.systempreferences:com.apple.preference.security?${PANES[type] || 'Privacy'}`]);
}

module.exports = { getAuthStatus, openSettings, PANES };
