'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Client } = require('ssh2');

function expandHome(p) {
  return p && p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p;
}

/**
 * Resolve auth from user config. A key file is only read if the user configured
 * `privateKeyPath`, or explicitly enabled `useDefaultKey` (~/.ssh/id_rsa).
 */
function resolveAuth(cfg) {
  const auth = {};
  if (cfg.password) auth.password = cfg.password;
  if (cfg.privateKey) auth.privateKey = cfg.privateKey;
  const keyPath = cfg.privateKeyPath || (cfg.useDefaultKey ? '~/.ssh/id_rsa' : null);
  if (keyPath) {
    auth.privateKey = fs.readFileSync(expandHome(keyPath));
    if (cfg.passphrase) auth.passphrase = cfg.passphrase;
  }
  if (cfg.agent !== false && process.env.SSH_AUTH_SOCK && !auth.privateKey && !auth.password) {
    auth.agent = process.env.SSH_AUTH_SOCK;
  }
  return auth;
}

class SSH {
  connect(cfg) {
    if (!cfg || !cfg.host) throw new Error('host is required');
    this.conn = new Client();
    return new Promise((resolve, reject) => {
      this.conn
        .on('ready', () => resolve(this))
        .on('error', reject)
        .connect({
          host: cfg.host,
          port: cfg.port || 22,
          username: cfg.username || os.userInfo().username,
          readyTimeout: cfg.readyTimeout || 20000,
          ...resolveAuth(cfg)
        });
    });
  }

  exec(command, { cwd } = {}) {
    const full = cwd ? `cd ${JSON.stringify(cwd)} && ${command}` : command;
    return new Promise((resolve, reject) => {
      this.conn.exec(full, (err, stream) => {
        if (err) return reject(err);
        let stdout = '', stderr = '';
        stream.on('data', (d) => (stdout += d)).stderr.on('data', (d) => (stderr += d));
        stream.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    });
  }

  async putDirectory(localDir, remoteDir) {
    const sftp = await new Promise((res, rej) => this.conn.sftp((e, s) => (e ? rej(e) : res(s))));
    const walk = async (local, remote) => {
      await new Promise((res) => sftp.mkdir(remote, () => res()));
      for (const ent of fs.readdirSync(local, { withFileTypes: true })) {
        const l = path.join(local, ent.name);
        const r = path.posix.join(remote, ent.name);
        if (ent.isDirectory()) await walk(l, r);
        else await new Promise((res, rej) => sftp.fastPut(l, r, (e) => (e ? rej(e) : res())));
      }
    };
    await walk(localDir, remoteDir);
    sftp.end();
  }

  dispose() { if (this.conn) this.conn.end(); }
}

module.exports = { SSH, resolveAuth };
