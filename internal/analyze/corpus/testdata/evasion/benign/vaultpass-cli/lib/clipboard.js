'use strict';
const { spawn, spawnSync } = require('child_process');

function copyCommand() {
  if (process.platform === 'darwin') return ['pbcopy', []];
  if (process.platform === 'win32') return ['clip', []];
  if (process.env.WAYLAND_DISPLAY) return ['wl-copy', []];
  return ['xclip', ['-selection', 'clipboard']];
}

function copy(text) {
  const [cmd, args] = copyCommand();
  const r = spawnSync(cmd, args, { input: text });
  if (r.error) throw new Error(`could not run ${cmd}: ${r.error.message}`);
}

/**
 * Clear the clipboard after `seconds`, like `pass -c`. The CLI exits right away, so the clear is
 * done by a small detached Node process that only clears if the clipboard still holds our value
 * (compared by hash, the secret is never passed on the command line).
 */
function scheduleClear(text, seconds) {
  const hash = require('crypto').createHash('sha256').update(text).digest('hex');
  const [cmd, args] = copyCommand();
  const pasteCmd = process.platform === 'darwin' ? ['pbpaste', []]
    : process.platform === 'win32' ? ['powershell', ['-NoProfile', '-Command', 'Get-Clipboard']]
    : process.env.WAYLAND_DISPLAY ? ['wl-paste', ['-n']] : ['xclip', ['-selection', 'clipboard', '-o']];
  const script = `
    const { spawnSync } = require('child_process');
    const crypto = require('crypto');
    const [copyCmd, copyArgs, pasteCmd, pasteArgs, hash, ms] = JSON.parse(process.argv[1]);
    setTimeout(() => {
      const cur = spawnSync(pasteCmd, pasteArgs).stdout || Buffer.alloc(0);
      const h = crypto.createHash('sha256').update(cur.toString().replace(/\\r?\\n$/, '')).digest('hex');
      if (h === hash) spawnSync(copyCmd, copyArgs, { input: '' });
    }, ms);`;
  const child = spawn(process.execPath, ['-e', script, JSON.stringify([cmd, args, pasteCmd[0], pasteCmd[1], hash, seconds * 1000])], {
    detached: true,
    stdio: 'ignore',
    windowsHide: true
  });
  child.unref();
}

module.exports = { copy, scheduleClear };
