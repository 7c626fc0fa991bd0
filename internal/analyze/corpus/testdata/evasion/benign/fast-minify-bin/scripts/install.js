'use strict';
// Fallback for environments where optionalDependencies were skipped.
// Downloads the release archive for this platform and verifies its SHA-256
// against checksums.json (shipped inside the npm tarball) before extracting.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const sums = require('../checksums.json');

const plat = `${process.platform}-${process.arch}`;
const root = path.join(__dirname, '..');

if (process.env.FAST_MINIFY_SKIP_DOWNLOAD || process.env.FAST_MINIFY_BINARY_PATH) process.exit(0);
try { require.resolve(`@fast-minify/${plat}/package.json`, { paths: [root] }); process.exit(0); } catch {}

const entry = sums.files[plat];
if (!entry) { console.warn(`fast-minify: unsupported platform ${plat}`); process.exit(0); }

const base = process.env.FAST_MINIFY_MIRROR || sums.baseUrl;

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { timeout: 60000 }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        const next = new URL(res.headers.location, url);
        if (next.protocol !== 'https:') return reject(new Error('refusing non-https redirect'));
        return resolve(get(next.href, redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

(async () => {
  const url = `${base}/${entry.name}`;
  console.log(`fast-minify: downloading ${url}`);
  const buf = await get(url);
  const got = crypto.createHash('sha256').update(buf).digest('hex');
  if (got !== entry.sha256) throw new Error(`checksum mismatch for ${entry.name}: expected ${entry.sha256}, got ${got}`);
  const vendor = path.join(root, 'vendor');
  fs.mkdirSync(vendor, { recursive: true });
  const archive = path.join(vendor, entry.name);
  fs.writeFileSync(archive, buf);
  execFileSync('tar', ['-xf', archive, '-C', vendor]);
  fs.unlinkSync(archive);
  console.log('fast-minify: binary installed and verified');
})().catch((e) => {
  console.error(`fast-minify: ${e.message}\nSet FAST_MINIFY_BINARY_PATH to use a locally built binary.`);
  process.exit(1);
});
