'use strict';
const { execFileSync } = require('child_process');

function disks() {
  try {
    if (process.platform === 'win32') {
      const out = execFileSync('powershell', ['-NoProfile', '-Command', 'Get-PSDrive -PSProvider FileSystem | Select Name,Used,Free | ConvertTo-Json'], { encoding: 'utf8' });
      return [].concat(JSON.parse(out)).map((d) => ({ mount: d.Name + ':', used: d.Used, free: d.Free }));
    }
    const out = execFileSync('df', ['-kP'], { encoding: 'utf8' });
    return out.trim().split('\n').slice(1).map((l) => l.split(/\s+/)).filter((c) => c[0].startsWith('/')).map((c) => ({
      device: c[0], mount: c[5], used: Number(c[2]) * 1024, free: Number(c[3]) * 1024
    }));
  } catch {
    return [];
  }
}

module.exports = { disks };
