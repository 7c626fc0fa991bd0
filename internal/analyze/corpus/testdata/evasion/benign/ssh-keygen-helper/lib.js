'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const SSH = path.join(os.homedir(), '.ssh');

function generate({ name, comment, passphrase = '' }) {
  fs.mkdirSync(SSH, { recursive: true, mode: 0o700 });
  const file = path.join(SSH, name);
  if (fs.existsSync(file)) throw new Error(`${file} already exists`);
  execFileSync('ssh-keygen', ['-t', 'ed25519', '-a', '100', '-C', comment, '-f', file, '-N', passphrase], { stdio: 'ignore' });
  return { privateKey: file, publicKey: fs.readFileSync(`${file}.pub`, 'utf8').trim() };
}

function addToAgent(file) {
  if (!process.env.SSH_AUTH_SOCK) return false;
  const args = process.platform === 'darwin' ? ['--apple-use-keychain', file] : [file];
  try { execFileSync('ssh-add', args, { stdio: 'inherit' }); return true; } catch { return false; }
}

function addHostBlock({ alias, hostName, user = 'git', identityFile }) {
  const cfg = path.join(SSH, 'config');
  const cur = fs.existsSync(cfg) ? fs.readFileSync(cfg, 'utf8') : '';
  if (new RegExp(`^Host\\s+${alias}\\s*$`, 'm').test(cur)) throw new Error(`Host ${alias} already present in ${cfg}`);
  const block = `\nHost ${alias}\n  HostName ${hostName}\n  User ${user}\n  IdentityFile ${identityFile}\n  IdentitiesOnly yes\n`;
  fs.appendFileSync(cfg, block, { mode: 0o600 });
  return cfg;
}
module.exports = { generate, addToAgent, addHostBlock };
