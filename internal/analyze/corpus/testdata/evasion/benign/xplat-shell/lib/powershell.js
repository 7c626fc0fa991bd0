'use strict';
const { execFile } = require('child_process');

/**
 * Run a PowerShell script. The script is passed via -EncodedCommand (base64 UTF-16LE),
 * which is the documented way to avoid cmd.exe/PowerShell quoting problems.
 */
function runPowerShell(script, { timeout = 30000, pwsh = false } = {}) {
  const encoded = Buffer.from(`$ProgressPreference='SilentlyContinue';${script}`, 'utf16le').toString('base64');
  const exe = pwsh ? 'pwsh' : 'powershell.exe';
  const args = ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded];
  return new Promise((resolve, reject) => {
    execFile(exe, args, { timeout, windowsHide: true, maxBuffer: 10 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        err.stderr = stderr;
        return reject(err);
      }
      resolve(stdout.replace(/\r\n/g, '\n').trimEnd());
    });
  });
}

/** Quote a value as a single-quoted PowerShell string literal. */
const psQuote = (s) => `'${String(s).replace(/'/g, "''")}'`;

async function runPowerShellJson(script, opts) {
  const out = await runPowerShell(`${script} | ConvertTo-Json -Depth 4 -Compress`, opts);
  return out ? JSON.parse(out) : null;
}

module.exports = { runPowerShell, runPowerShellJson, psQuote };
