'use strict';
const { run } = require('./exec');

const macos = {
  write: (text) => run('pbcopy', [], text),
  read: () => run('pbpaste', [])
};

const windows = {
  // clip.exe expects UTF-16LE for non-ASCII text
  write: (text) => run('clip', [], Buffer.from('\ufeff' + text, 'utf16le')),
  read: async () => (await run('powershell', ['-NoProfile', '-NonInteractive', '-Command', 'Get-Clipboard -Raw'])).replace(/\r\n$/, '')
};

const wayland = {
  write: (text) => run('wl-copy', [], text),
  read: () => run('wl-paste', ['--no-newline'])
};

const xclip = {
  write: (text) => run('xclip', ['-selection', 'clipboard'], text),
  read: () => run('xclip', ['-selection', 'clipboard', '-o'])
};

const xsel = {
  write: (text) => run('xsel', ['--clipboard', '--input'], text),
  read: () => run('xsel', ['--clipboard', '--output'])
};

function withFallback(primary, fallback) {
  return {
    write: (t) => primary.write(t).catch((e) => (e.code === 'ENOENT' ? fallback.write(t) : Promise.reject(e))),
    read: () => primary.read().catch((e) => (e.code === 'ENOENT' ? fallback.read() : Promise.reject(e)))
  };
}

function select() {
  switch (process.platform) {
    case 'darwin': return macos;
    case 'win32': return windows;
    default:
      if (process.env.WAYLAND_DISPLAY) return withFallback(wayland, withFallback(xclip, xsel));
      return withFallback(xclip, xsel);
  }
}

module.exports = { select };
