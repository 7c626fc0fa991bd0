'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const DEFAULT_FILES = [path.join(os.homedir(), '.ssh', 'known_hosts'), '/etc/ssh/ssh_known_hosts'];

function parseLine(line) {
  line = line.trim();
  if (!line || line.startsWith('#')) return null;
  const parts = line.split(/\s+/);
  let marker = null;
  if (parts[0].startsWith('@')) marker = parts.shift();
  const [hosts, type, key, ...comment] = parts;
  if (!key) return null;
  return { marker, hosts, type, key, comment: comment.join(' ') };
}

function hostMatches(entryHosts, host, port = 22) {
  const name = port === 22 ? host : `[${host}]:${port}`;
  if (entryHosts.startsWith('|1|')) {
    const [, , salt, hash] = entryHosts.split('|');
    const h = crypto.createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
    return h === hash;
  }
  return entryHosts.split(',').some((pat) => {
    const neg = pat.startsWith('!');
    const re = new RegExp('^' + pat.replace(/^!/, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
    return !neg && re.test(name);
  });
}

function fingerprint(keyB64) {
  return 'SHA256:' + crypto.createHash('sha256').update(Buffer.from(keyB64, 'base64')).digest('base64').replace(/=+$/, '');
}

function lookup(host, { port = 22, files = DEFAULT_FILES } = {}) {
  const out = [];
  for (const f of files) {
    let text;
    try { text = fs.readFileSync(f, 'utf8'); } catch (_) { continue; }
    for (const line of text.split('\n')) {
      const e = parseLine(line);
      if (e && hostMatches(e.hosts, host, port)) out.push({ file: f, type: e.type, marker: e.marker, fingerprint: fingerprint(e.key) });
    }
  }
  return out;
}

function verify(host, type, keyOrFingerprint, opts) {
  const fp = keyOrFingerprint.startsWith('SHA256:') ? keyOrFingerprint : fingerprint(keyOrFingerprint);
  const entries = lookup(host, opts).filter((e) => e.type === type);
  if (entries.some((e) => e.marker === '@revoked' && e.fingerprint === fp)) return 'revoked';
  if (!entries.length) return 'unknown';
  return entries.some((e) => e.fingerprint === fp && e.marker !== '@revoked') ? 'ok' : 'mismatch';
}

module.exports = { parseLine, hostMatches, fingerprint, lookup, verify };
