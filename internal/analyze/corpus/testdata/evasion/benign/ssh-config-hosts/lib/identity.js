'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const expand = (p) => p.replace(/^~(?=\/|$)/, os.homedir());

// Only reports whether identity files exist and their permissions; never reads them.
function checkIdentity(file) {
  const p = expand(file);
  try {
    const st = fs.statSync(p);
    const mode = st.mode & 0o777;
    return { path: p, exists: true, tooOpen: (mode & 0o077) !== 0, mode: mode.toString(8) };
  } catch (_) {
    return { path: p, exists: false };
  }
}

module.exports = { checkIdentity, expand };
