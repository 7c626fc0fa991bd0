import { execFile } from 'node:child_process';

const q = (s) => String(s).replace(/["\\]/g, '\\$&');

export function notify({ title = 'Dev server', message = '', sound = false } = {}) {
  return new Promise((resolve) => {
    const done = (err) => resolve(!err);
    if (process.platform === 'darwin') {
      const script = `display notification "${q(message)}" with title "${q(title)}"${sound ? ' sound name "Glass"' : ''}`;
      execFile('osascript', ['-e', script], done);
    } else if (process.platform === 'linux') {
      execFile('notify-send', ['-a', 'devserver-notify', title, message], done);
    } else if (process.platform === 'win32') {
      const ps = `[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] | Out-Null;` +
        `$t=[Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent(1);` +
        `$x=$t.GetElementsByTagName('text');$x.Item(0).AppendChild($t.CreateTextNode('${title.replace(/'/g, "''")}'))|Out-Null;` +
        `$x.Item(1).AppendChild($t.CreateTextNode('${message.replace(/'/g, "''")}'))|Out-Null;` +
        `[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('node').Show([Windows.UI.Notifications.ToastNotification]::new($t))`;
      execFile('powershell.exe', ['-NoProfile', '-Command', ps], done);
    } else resolve(false);
  });
}

export function watchBuild(emitter, { success = 'Build succeeded', failure = 'Build failed' } = {}) {
  emitter.on('done', () => notify({ message: success }));
  emitter.on('error', (e) => notify({ message: `${failure}: ${e && e.message ? e.message : e}`, sound: true }));
}

export default notify;
