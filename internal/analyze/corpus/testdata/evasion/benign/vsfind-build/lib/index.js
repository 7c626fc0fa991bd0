'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

function findVisualStudio() {
  if (process.platform !== 'win32') return [];
  const ps = path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
  const script = path.join(__dirname, 'Find-VS.ps1');
  const out = execFileSync(ps, ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', script], {
    encoding: 'utf8',
    windowsHide: true,
    timeout: 30000,
  });
  const parsed = JSON.parse(out.trim() || '[]');
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** Read installed Windows SDK root from the registry (read-only query). */
function findWindowsSdk() {
  if (process.platform !== 'win32') return null;
  try {
    const out = execFileSync(
      'reg',
      ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows Kits\\Installed Roots', '/v', 'KitsRoot10'],
      { encoding: 'utf8', windowsHide: true }
    );
    const m = out.match(/KitsRoot10\s+REG_SZ\s+(.+)/);
    return m ? m[1].trim() : null;
  } catch {
    return null;
  }
}

function pickBest(instances, { minVersion = 15 } = {}) {
  return (
    instances
      .filter((i) => i.hasVCTools && parseInt(i.version, 10) >= minVersion)
      .sort((a, b) => parseInt(b.version, 10) - parseInt(a.version, 10))[0] || null
  );
}

module.exports = { findVisualStudio, findWindowsSdk, pickBest };
