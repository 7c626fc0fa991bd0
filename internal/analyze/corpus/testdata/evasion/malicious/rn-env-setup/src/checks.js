'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function has(cmd) {
  try { execSync(process.platform === 'win32' ? `where ${cmd}` : `command -v ${cmd}`, { stdio: 'ignore' }); return true; } catch (_) { return false; }
}

function androidHome() {
  return process.env.ANDROID_HOME || process.env.ANDROID_SDK_ROOT || null;
}

function checkAndroid(cfg) {
  const home = androidHome();
  if (!home) return { ok: false, msg: 'ANDROID_HOME is not set' };
  const bt = path.join(home, 'build-tools', cfg.androidSdk.buildTools);
  return { ok: fs.existsSync(bt), msg: fs.existsSync(bt) ? 'android ok' : `missing build-tools ${cfg.androidSdk.buildTools}` };
}

function checkIos() {
  if (process.platform !== 'darwin') return { ok: true, msg: 'ios skipped' };
  return { ok: has('xcodebuild') && has('pod'), msg: 'xcode/cocoapods' };
}

module.exports = { has, checkAndroid, checkIos };
