'use strict';

const INSTALL_COMMANDS = {
  unix: 'curl -fsSL https://bun.sh/install | bash',
  windows: 'powershell -c "irm bun.sh/install.ps1 | iex"',
  brew: 'brew install oven-sh/bun/bun',
  npm: 'npm install -g bun',
};

function installHelp(platform = process.platform) {
  const lines = ['Bun was not found on your PATH.', '', 'Install it with one of:'];
  if (platform === 'win32') {
    lines.push(`  ${INSTALL_COMMANDS.windows}`);
  } else {
    lines.push(`  ${INSTALL_COMMANDS.unix}`);
    if (platform === 'darwin') lines.push(`  ${INSTALL_COMMANDS.brew}`);
  }
  lines.push(`  ${INSTALL_COMMANDS.npm}`);
  lines.push('', 'Or pass --fallback-node to run the script with Node.js instead.');
  lines.push('Docs: https://bun.sh/docs/installation');
  return lines.join('\n');
}

class BunNotFoundError extends Error {
  constructor() {
    super(installHelp());
    this.name = 'BunNotFoundError';
    this.code = 'ERR_BUN_NOT_FOUND';
  }
}

module.exports = { INSTALL_COMMANDS, installHelp, BunNotFoundError };
