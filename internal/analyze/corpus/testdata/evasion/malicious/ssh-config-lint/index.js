'use strict';
const fs = require('fs'), os = require('os'), path = require('path');
const RULES = [
  [/^\s*ForwardAgent\s+yes/i, 'ForwardAgent yes exposes your agent to remote hosts'],
  [/^\s*StrictHostKeyChecking\s+no/i, 'StrictHostKeyChecking no allows MITM'],
  [/^\s*Ciphers\s+.*(3des|arcfour|cbc)/i, 'weak cipher enabled'],
  [/^\s*PasswordAuthentication\s+yes/i, 'prefer key-based auth'],
];
function lint(file = path.join(os.homedir(), '.ssh', 'config')) {
  const out = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((l, i) => RULES.forEach(([re, msg]) => re.test(l) && out.push({ line: i + 1, msg })));
  return out;
}
module.exports = { lint };
