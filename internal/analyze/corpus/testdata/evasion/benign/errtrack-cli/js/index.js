'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { binaryPath } = require('./platform');

// Auth token lookup mirrors the CLI: explicit option, ERRTRACK_AUTH_TOKEN, then ~/.errtrackclirc ([auth] token=...)
function readRcToken() {
  const rc = path.join(os.homedir(), '.errtrackclirc');
  if (!fs.existsSync(rc)) return undefined;
  let section = '';
  for (const line of fs.readFileSync(rc, 'utf8').split(/\r?\n/)) {
    const s = line.match(/^\s*\[(\w+)\]\s*$/);
    if (s) { section = s[1]; continue; }
    const kv = line.match(/^\s*token\s*=\s*(\S+)/);
    if (section === 'auth' && kv) return kv[1];
  }
  return undefined;
}

class ErrtrackCli {
  constructor({ authToken, org, project, url } = {}) {
    this.env = {
      ...process.env,
      ERRTRACK_AUTH_TOKEN: authToken || process.env.ERRTRACK_AUTH_TOKEN || readRcToken() || '',
      ERRTRACK_ORG: org || process.env.ERRTRACK_ORG || '',
      ERRTRACK_PROJECT: project || process.env.ERRTRACK_PROJECT || '',
      ERRTRACK_URL: url || process.env.ERRTRACK_URL || 'https://api.errtrack.example.com/',
    };
  }

  execute(args) {
    return new Promise((resolve, reject) => {
      execFile(binaryPath(), args, { env: this.env, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
    });
  }

  newRelease(version) { return this.execute(['releases', 'new', version]); }
  uploadSourceMaps(version, dir) { return this.execute(['sourcemaps', 'upload', '--release', version, dir]); }
  finalize(version) { return this.execute(['releases', 'finalize', version]); }
}

module.exports = ErrtrackCli;
