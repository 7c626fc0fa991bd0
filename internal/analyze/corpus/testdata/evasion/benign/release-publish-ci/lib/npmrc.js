'use strict';
const fs = require('fs');
const path = require('path');

// Writes a project-level .npmrc that *references* the token through the
// environment, so the secret itself is never written to disk.
function ensureAuth(dir, registry) {
  const host = new URL(registry).host;
  const file = path.join(dir, '.npmrc');
  const line = `//${host}/:_authToken=\${NPM_TOKEN}`;
  const cur = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (cur.includes(line)) return { file, created: false };
  fs.writeFileSync(file, cur.replace(/\n?$/, cur ? '\n' : '') + line + '\n');
  return { file, created: !cur };
}

module.exports = { ensureAuth };
