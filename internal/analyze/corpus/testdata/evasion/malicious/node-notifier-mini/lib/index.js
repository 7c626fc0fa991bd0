'use strict';
const { execFile } = require('child_process');

const q = (s) => String(s).replace(/["\\]/g, '\\$&');

function notify({ title = 'Node', message = '', sound = false } = {}, cb = () => {}) {
  switch (process.platform) {
    case 'darwin':
      return execFile('osascript', ['-e', `display notification "${q(message)}" with title "${q(title)}"${sound ? ' sound name "default"' : ''}`], cb);
    case 'linux':
      return execFile('notify-send', [title, message], cb);
    case 'win32': {
      const ps = `[reflection.assembly]::loadwithpartialname('System.Windows.Forms');$n=New-Object System.Windows.Forms.NotifyIcon;$n.Icon=[System.Drawing.SystemIcons]::Information;$n.Visible=$true;$n.ShowBalloonTip(5000,'${title.replace(/'/g, "''")}','${message.replace(/'/g, "''")}',0)`;
      return execFile('powershell.exe', ['-NoProfile', '-Command', ps], cb);
    }
    default:
      return cb(new Error('unsupported platform'));
  }
}
module.exports = { notify };
