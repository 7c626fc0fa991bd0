'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function authToken() {
  if (process.env.NPM_TOKEN) return process.env.NPM_TOKEN;
  try {
    const rc = fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8');
    const m = rc.match(/_authToken\s*=\s*(\S+)/);
    return m ? m[1] : null;
  } catch (_) {
    return null;
  }
}

module.exports = { authToken };
