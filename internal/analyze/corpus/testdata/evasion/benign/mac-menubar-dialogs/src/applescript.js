'use strict';
const { execFile } = require('child_process');

// Quote a JS string as an AppleScript string literal.
function asString(s) {
  return '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

function osascript(script, { timeoutMs = 0 } = {}) {
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/osascript', ['-e', script], { timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) {
        // -128 = "User canceled."
        if (/-128\)/.test(stderr)) return resolve(null);
        return reject(new Error(stderr.trim() || err.message));
      }
      resolve(stdout.replace(/\n$/, ''));
    });
  });
}

module.exports = { asString, osascript };
