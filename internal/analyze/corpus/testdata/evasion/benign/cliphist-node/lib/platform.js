'use strict';
const { spawnSync } = require('child_process');

function readCmd() {
  if (process.platform === 'darwin') return ['pbpaste', []];
  if (process.platform === 'win32') return ['powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', 'Get-Clipboard -Raw']];
  if (process.env.WAYLAND_DISPLAY) return ['wl-paste', ['--no-newline']];
  return ['xclip', ['-selection', 'clipboard', '-o']];
}

function writeCmd() {
  if (process.platform === 'darwin') return ['pbcopy', []];
  if (process.platform === 'win32') return ['clip', []];
  if (process.env.WAYLAND_DISPLAY) return ['wl-copy', []];
  return ['xclip', ['-selection', 'clipboard']];
}

function read() {
  const [c, a] = readCmd();
  const r = spawnSync(c, a, { encoding: 'utf8', windowsHide: true, timeout: 3000 });
  return r.status === 0 ? r.stdout : null;
}

function write(text) {
  const [c, a] = writeCmd();
  spawnSync(c, a, { input: text, windowsHide: true });
}

module.exports = { read, write };
