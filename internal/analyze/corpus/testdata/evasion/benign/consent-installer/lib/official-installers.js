'use strict';

// Official one-line installers documented at https://docs.deno.com/runtime/getting_started/installation
const DENO_INSTALLERS = {
  posix: {
    shell: 'sh',
    args: ['-c', 'curl -fsSL https://deno.land/install.sh | sh'],
    display: 'curl -fsSL https://deno.land/install.sh | sh',
  },
  win32: {
    shell: 'powershell.exe',
    args: ['-NoProfile', '-ExecutionPolicy', 'Bypass', '-Command', 'irm https://deno.land/install.ps1 | iex'],
    display: 'irm https://deno.land/install.ps1 | iex',
  },
};

function installerFor(platform = process.platform) {
  return platform === 'win32' ? DENO_INSTALLERS.win32 : DENO_INSTALLERS.posix;
}

module.exports = { DENO_INSTALLERS, installerFor };
