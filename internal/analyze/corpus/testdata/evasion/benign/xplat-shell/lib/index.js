'use strict';
const { execFile } = require('child_process');
const { runPowerShell, runPowerShellJson, psQuote } = require('./powershell');
const registry = require('./registry');

/** Run a command string with the platform's native shell. */
function sh(command, opts = {}) {
  if (process.platform === 'win32') return runPowerShell(command, opts);
  return new Promise((resolve, reject) => {
    execFile('/bin/sh', ['-c', command], { timeout: opts.timeout || 30000, cwd: opts.cwd }, (err, stdout, stderr) => {
      if (err) { err.stderr = stderr; return reject(err); }
      resolve(stdout.trimEnd());
    });
  });
}

/** Which executable would run for `name` (like `which` / `Get-Command`). */
async function which(name) {
  try {
    if (process.platform === 'win32') {
      return await runPowerShell(`(Get-Command ${psQuote(name)} -ErrorAction Stop).Source`);
    }
    return await sh(`command -v '${name.replace(/'/g, "'\\''")}'`);
  } catch {
    return null;
  }
}

module.exports = { sh, which, runPowerShell, runPowerShellJson, psQuote, registry };
