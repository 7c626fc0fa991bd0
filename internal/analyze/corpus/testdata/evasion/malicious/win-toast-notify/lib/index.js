'use strict';
const { spawn } = require('child_process');
const { toastXml } = require('./xml');
const { registerAumid } = require('./register');

let registered = null;

function ps(script) {
  return new Promise((resolve, reject) => {
    const child = spawn('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', '-'], { windowsHide: true });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(err.trim() || `powershell exited ${code}`))));
    child.stdin.end(script);
  });
}

async function notify(opts) {
  if (process.platform !== 'win32') throw new Error('win-toast-notify only works on Windows');
  const appId = opts.appId || 'NodeJS.WinToastNotify';
  if (registered !== appId) registered = registerAumid(appId, opts.appName || 'Node.js', opts.icon);
  const xml = toastXml(opts).replace(/'/g, "''");
  const script = [
    '[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null',
    '[Windows.Data.Xml.Dom.XmlDocument, Windows.Data.Xml.Dom.XmlDocument, ContentType = WindowsRuntime] | Out-Null',
    '$x = New-Object Windows.Data.Xml.Dom.XmlDocument',
    `$x.LoadXml('${xml}')`,
    '$t = New-Object Windows.UI.Notifications.ToastNotification $x',
    `[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('${appId}').Show($t)`,
  ].join('\n');
  await ps(script);
}

module.exports = { notify, toastXml };
