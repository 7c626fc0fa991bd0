'use strict';
const { spawn } = require('child_process');

function tool() {
  if (process.platform === 'darwin') return ['pbcopy', []];
  if (process.platform === 'win32') return ['clip', []];
  if (process.env.WAYLAND_DISPLAY) return ['wl-copy', []];
  return ['xclip', ['-selection', 'clipboard']];
}

module.exports = function copy(text) {
  const [cmd, args] = tool();
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', (e) => reject(e.code === 'ENOENT' ? new Error(`${cmd} not found; install it to use clipboard-copy-cli`) : e));
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(err || `${cmd} exited ${code}`))));
    p.stdin.end(text);
  });
};
