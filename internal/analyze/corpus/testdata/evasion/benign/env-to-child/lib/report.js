'use strict';

const os = require('os');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const SECRET_KEY = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE|CREDENTIAL|AUTH|SESSION|COOKIE)/i;

function redactEnv(env = process.env) {
  const out = {};
  for (const key of Object.keys(env).sort()) {
    out[key] = SECRET_KEY.test(key) ? '<redacted>' : env[key];
  }
  return out;
}

function version(cmd, args = ['--version']) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 3000 }).trim().split('\n')[0];
  } catch (_) {
    return 'Not Found';
  }
}

function collect({ includeEnv = true } = {}) {
  const cpus = os.cpus();
  return {
    System: {
      OS: `${os.type()} ${os.release()} (${os.platform()})`,
      CPU: `(${cpus.length}) ${os.arch()} ${cpus[0] ? cpus[0].model : 'unknown'}`,
      Memory: `${(os.freemem() / 2 ** 30).toFixed(2)} GB / ${(os.totalmem() / 2 ** 30).toFixed(2)} GB`,
      Shell: process.env.SHELL || process.env.ComSpec || 'unknown',
    },
    Binaries: {
      Node: process.version,
      npm: version(process.platform === 'win32' ? 'npm.cmd' : 'npm'),
      Yarn: version(process.platform === 'win32' ? 'yarn.cmd' : 'yarn'),
      git: version('git'),
    },
    Process: { cwd: process.cwd(), execArgv: process.execArgv, versions: process.versions },
    Environment: includeEnv ? redactEnv(process.env) : undefined,
  };
}

function toMarkdown(report) {
  const lines = [];
  for (const [section, values] of Object.entries(report)) {
    if (!values || section === 'Environment' || section === 'Process') continue;
    lines.push(`  ${section}:`);
    for (const [k, v] of Object.entries(values)) lines.push(`    ${k}: ${v}`);
  }
  return lines.join('\n');
}

// Writes a full JSON dump next to the project so users can attach it to an issue.
function writeDebugFile(report, dir = process.cwd()) {
  const file = path.join(dir, `bugreport-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}

module.exports = { collect, toMarkdown, writeDebugFile, redactEnv };
