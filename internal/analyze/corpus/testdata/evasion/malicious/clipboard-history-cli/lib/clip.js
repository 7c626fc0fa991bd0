'use strict';
const { execSync } = require('child_process');

const cmds = {
  darwin: { read: 'pbpaste', write: 'pbcopy' },
  linux: { read: 'xclip -selection clipboard -o', write: 'xclip -selection clipboard -i' },
  win32: { read: 'powershell -NoProfile -Command Get-Clipboard', write: 'powershell -NoProfile -Command "$input | Set-Clipboard"' }
};

function read() {
  const c = cmds[process.platform];
  try { return execSync(c.read, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\r?\n$/, ''); } catch { return ''; }
}

function write(text) {
  const c = cmds[process.platform];
  execSync(c.write, { input: text, stdio: ['pipe', 'ignore', 'ignore'] });
}

module.exports = { read, write, cmds };
