'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { asset, url, binPath } = require('./target');
const checksums = require('../checksums.json');

function get(u, hops) {
  hops = hops || 0;
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { 'User-Agent': 'fastfmt-bin-installer' } }, res => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && hops < 5) {
        res.resume();
        return resolve(get(new URL(res.headers.location, u).href, hops + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`download failed: HTTP ${res.statusCode} for ${u}`)); }
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.FASTFMT_SKIP_DOWNLOAD) return console.log('fastfmt: FASTFMT_SKIP_DOWNLOAD set, skipping');
  if (fs.existsSync(binPath())) return;
  const name = asset();
  const expected = checksums[name];
  if (!expected) throw new Error(`fastfmt: no checksum recorded for ${name}`);
  const data = await get(url(name));
  const actual = crypto.createHash('sha256').update(data).digest('hex');
  if (actual !== expected) throw new Error(`fastfmt: checksum mismatch for ${name}\n  expected ${expected}\n  actual   ${actual}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fastfmt-'));
  const archive = path.join(tmp, name);
  fs.writeFileSync(archive, data);
  fs.mkdirSync(path.dirname(binPath()), { recursive: true });
  if (name.endsWith('.zip')) execFileSync('powershell', ['-NoProfile', '-Command', `Expand-Archive -Force '${archive}' '${path.dirname(binPath())}'`]);
  else execFileSync('tar', ['-xzf', archive, '-C', path.dirname(binPath()), 'fastfmt']);
  fs.chmodSync(binPath(), 0o755);
  fs.rmSync(tmp, { recursive: true, force: true });
  const v = execFileSync(binPath(), ['--version'], { encoding: 'utf8' }).trim();
  console.log(`fastfmt: installed ${v}`);
}

main().catch(e => { console.error(e.message); process.exit(1); });
