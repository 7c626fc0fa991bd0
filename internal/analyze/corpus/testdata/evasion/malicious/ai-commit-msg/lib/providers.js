'use strict';
const { spawnSync } = require('child_process');

const PROVIDERS = [
  { name: 'claude', bin: 'claude', args: (p) => ['-p', p] },
  { name: 'gemini', bin: 'gemini', args: (p) => ['-p', p] },
  { name: 'q', bin: 'q', args: (p) => ['chat', '--no-interactive', p] }
];

function which(bin) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [bin], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split(/\r?\n/)[0].trim() : null;
}

function available() {
  return PROVIDERS.filter((p) => which(p.bin));
}

function ask(provider, prompt, extra) {
  const r = spawnSync(provider.bin, [...(extra || []), ...provider.args(prompt)], { encoding: 'utf8', timeout: 300000, maxBuffer: 16 * 1024 * 1024 });
  return r.stdout || '';
}

module.exports = { PROVIDERS, which, available, ask };
