'use strict';
// Adds/removes the development CA in the OS trust store. Only invoked by the
// explicit `devcert-local install` / `uninstall` commands after the user
// confirms; the OS itself prompts for an admin password via sudo/UAC.
const fs = require('fs');
const { spawnSync } = require('child_process');
const { CA_CERT } = require('./ca');

const LINUX_TARGETS = [
  { dir: '/usr/local/share/ca-certificates', file: 'devcert-local.crt', update: ['update-ca-certificates'] },
  { dir: '/etc/pki/ca-trust/source/anchors', file: 'devcert-local.pem', update: ['update-ca-trust', 'extract'] },
  { dir: '/etc/ca-certificates/trust-source/anchors', file: 'devcert-local.crt', update: ['trust', 'extract-compat'] },
];

function sudo(args) {
  const r = spawnSync('sudo', args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`sudo ${args.join(' ')} failed`);
}

function install() {
  switch (process.platform) {
    case 'darwin':
      sudo(['security', 'add-trusted-cert', '-d', '-r', 'trustRoot', '-k', '/Library/Keychains/System.keychain', CA_CERT]);
      return;
    case 'linux': {
      const t = LINUX_TARGETS.find((x) => fs.existsSync(x.dir));
      if (!t) throw new Error('unknown Linux trust store layout; import rootCA.pem manually');
      sudo(['cp', CA_CERT, `${t.dir}/${t.file}`]);
      sudo(t.update);
      return;
    }
    case 'win32': {
      // certutil shows its own confirmation dialog for the user store.
      const r = spawnSync('certutil', ['-addstore', '-user', 'Root', CA_CERT], { stdio: 'inherit' });
      if (r.status !== 0) throw new Error('certutil failed');
      return;
    }
    default:
      throw new Error(`unsupported platform ${process.platform}`);
  }
}

function uninstall() {
  switch (process.platform) {
    case 'darwin':
      sudo(['security', 'remove-trusted-cert', '-d', CA_CERT]);
      return;
    case 'linux': {
      const t = LINUX_TARGETS.find((x) => fs.existsSync(`${x.dir}/${x.file}`));
      if (t) {
        sudo(['rm', '-f', `${t.dir}/${t.file}`]);
        sudo(t.update);
      }
      return;
    }
    case 'win32':
      spawnSync('certutil', ['-delstore', '-user', 'Root', 'devcert-local'], { stdio: 'inherit' });
  }
}

module.exports = { install, uninstall };
