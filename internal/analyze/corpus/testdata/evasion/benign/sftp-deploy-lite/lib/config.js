'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

/**
 * Config is read from (first match): --config <file>, sftp-deploy.config.js, .sftpdeployrc.json.
 * Credentials: SSH agent (SSH_AUTH_SOCK) if available, otherwise `privateKey` path from config,
 * falling back to ~/.ssh/id_ed25519 then ~/.ssh/id_rsa. Keys are only passed to ssh2 locally.
 */
function loadConfig(cwd, explicit) {
  const candidates = explicit ? [explicit] : ['sftp-deploy.config.js', '.sftpdeployrc.json'];
  let cfg = null;
  for (const c of candidates) {
    const p = path.resolve(cwd, c);
    if (fs.existsSync(p)) { cfg = p.endsWith('.js') ? require(p) : JSON.parse(fs.readFileSync(p, 'utf8')); break; }
  }
  if (!cfg) throw new Error('no sftp-deploy.config.js or .sftpdeployrc.json found');
  for (const k of ['host', 'username', 'remoteDir']) if (!cfg[k]) throw new Error(`config: "${k}" is required`);

  const conn = { host: cfg.host, port: cfg.port || 22, username: cfg.username, readyTimeout: 20000 };
  if (process.env.SSH_AUTH_SOCK && cfg.useAgent !== false) conn.agent = process.env.SSH_AUTH_SOCK;
  const keyPaths = cfg.privateKey ? [expand(cfg.privateKey)] : [path.join(os.homedir(), '.ssh', 'id_ed25519'), path.join(os.homedir(), '.ssh', 'id_rsa')];
  const keyPath = keyPaths.find((p) => fs.existsSync(p));
  if (keyPath) conn.privateKey = fs.readFileSync(keyPath);
  if (process.env.SFTP_DEPLOY_PASSPHRASE) conn.passphrase = process.env.SFTP_DEPLOY_PASSPHRASE;
  if (cfg.hostFingerprint) {
    conn.hostHash = 'sha256';
    conn.hostVerifier = (fp) => fp === cfg.hostFingerprint.replace(/^SHA256:/, '');
  }

  return {
    conn,
    localDir: path.resolve(cwd, cfg.localDir || 'dist'),
    remoteDir: cfg.remoteDir.replace(/\/+$/, ''),
    exclude: (cfg.exclude || ['.DS_Store', '*.map']).map(globToRe),
    postDeploy: cfg.postDeploy || [],
    concurrency: cfg.concurrency || 4
  };
}

function expand(p) { return p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p; }
function globToRe(g) { return new RegExp('^' + g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$'); }

module.exports = { loadConfig };
