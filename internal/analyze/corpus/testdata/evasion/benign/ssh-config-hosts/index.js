'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseSshConfig } = require('./lib/parse');
const { checkIdentity } = require('./lib/identity');

function listHosts(file = path.join(os.homedir(), '.ssh', 'config')) {
  const hosts = parseSshConfig(fs.readFileSync(file, 'utf8'));
  return hosts
    .filter((h) => !h.patterns.some((p) => p.includes('*')))
    .map((h) => ({
      name: h.patterns[0],
      hostname: (h.options.hostname || [h.patterns[0]])[0],
      user: (h.options.user || [])[0],
      identities: (h.options.identityfile || []).map(checkIdentity),
    }));
}

module.exports = { listHosts, parseSshConfig };
