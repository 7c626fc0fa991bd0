'use strict';
const { execFile } = require('child_process');

/**
 * A CLI uses credvault to keep ITS OWN token, under its own service name,
 * e.g. setPassword('my-cli', 'alice@example.com', token). Entries are looked
 * up by exact service+account; there is no API to list or dump other items.
 */

function run(cmd, args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, args, { encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
      if (err) {
        err.stderr = stderr;
        reject(err);
      } else resolve(stdout);
    });
    if (input !== undefined) {
      child.stdin.end(input);
    }
  });
}

function check(service, account) {
  if (!service || !account) throw new TypeError('service and account are required');
  if (/[\0\n]/.test(service + account)) throw new TypeError('invalid characters');
}

const macos = {
  async set(service, account, password) {
    // -U updates an existing item; the secret is passed via -w.
    await run('security', ['add-generic-password', '-U', '-s', service, '-a', account, '-w', password]);
  },
  async get(service, account) {
    try {
      return (await run('security', ['find-generic-password', '-s', service, '-a', account, '-w'])).replace(/\n$/, '');
    } catch (e) {
      if (e.code === 44) return null; // errSecItemNotFound
      throw e;
    }
  },
  async del(service, account) {
    try {
      await run('security', ['delete-generic-password', '-s', service, '-a', account]);
      return true;
    } catch {
      return false;
    }
  },
};

const libsecret = {
  async set(service, account, password) {
    // secret-tool reads the secret from stdin so it never appears in `ps`.
    await run('secret-tool', ['store', `--label=${service} (${account})`, 'service', service, 'account', account], password);
  },
  async get(service, account) {
    try {
      const out = await run('secret-tool', ['lookup', 'service', service, 'account', account]);
      return out === '' ? null : out;
    } catch {
      return null;
    }
  },
  async del(service, account) {
    try {
      await run('secret-tool', ['clear', 'service', service, 'account', account]);
      return true;
    } catch {
      return false;
    }
  },
};

function backend() {
  if (process.platform === 'darwin') return macos;
  if (process.platform === 'linux') return libsecret;
  throw new Error(`credvault: no credential store backend for ${process.platform}; read the token from an environment variable instead`);
}

async function setPassword(service, account, password) {
  check(service, account);
  await backend().set(service, account, String(password));
}

async function getPassword(service, account) {
  check(service, account);
  return backend().get(service, account);
}

async function deletePassword(service, account) {
  check(service, account);
  return backend().del(service, account);
}

module.exports = { setPassword, getPassword, deletePassword };
