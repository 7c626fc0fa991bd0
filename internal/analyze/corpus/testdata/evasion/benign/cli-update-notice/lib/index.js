'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const REGISTRY = process.env.npm_config_registry || 'https://registry.npm.local/';
const DAY = 864e5;

function cmp(a, b) {
  const pa = a.split(/[.-]/).map((x) => (isNaN(x) ? x : +x));
  const pb = b.split(/[.-]/).map((x) => (isNaN(x) ? x : +x));
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i] ? 1 : -1;
  return 0;
}

function stateFile(name) {
  return path.join(os.homedir(), '.cache', 'cli-update-notice', name.replace('/', '__') + '.json');
}

async function check({ name, version, interval = DAY }) {
  if (process.env.NO_UPDATE_NOTIFIER || process.env.CI || !process.stdout.isTTY) return null;
  const f = stateFile(name);
  let st = {};
  try { st = JSON.parse(fs.readFileSync(f, 'utf8')); } catch (_) {}
  if (!st.checkedAt || Date.now() - st.checkedAt > interval) {
    try {
      const res = await fetch(new URL(`${name.replace('/', '%2f')}/latest`, REGISTRY), { signal: AbortSignal.timeout(2000) });
      if (res.ok) st = { checkedAt: Date.now(), latest: (await res.json()).version };
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, JSON.stringify(st));
    } catch (_) { return null; }
  }
  return st.latest && cmp(st.latest, version) > 0 ? { current: version, latest: st.latest } : null;
}

function notify(info, name, stream = process.stderr) {
  if (!info) return;
  stream.write(`\n  Update available ${info.current} → ${info.latest}\n  Run \`${name} self-update\` or \`npm i -g ${name}\`\n\n`);
}

// Only invoked when the user explicitly runs the CLI's self-update command.
function selfUpdate(name) {
  return new Promise((resolve, reject) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    console.log(`> npm install -g ${name}@latest`);
    const p = spawn(npm, ['install', '-g', `${name}@latest`], { stdio: 'inherit' });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm exited with ${code}`))));
  });
}

module.exports = { check, notify, selfUpdate, cmp };
