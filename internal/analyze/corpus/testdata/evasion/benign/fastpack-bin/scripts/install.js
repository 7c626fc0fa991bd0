'use strict';
// Downloads the platform-specific fastpack binary from the vendor CDN and verifies its sha256.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { platformKey, binaryName } = require('../lib/platform');

const pkg = require('../package.json');
const checksums = require('../checksums.json');

const CDN = process.env.FASTPACK_DOWNLOAD_BASE || 'https://dl.fastpack.invalid/releases';
const vendorDir = path.join(__dirname, '..', 'vendor');

function download(url, redirects = 0) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `fastpack-installer/${pkg.version}` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects < 5) {
        res.resume();
        return resolve(download(new URL(res.headers.location, url).toString(), redirects + 1));
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`GET ${url} -> HTTP ${res.statusCode}`));
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

async function main() {
  if (process.env.FASTPACK_BINARY_PATH || process.env.FASTPACK_SKIP_DOWNLOAD) {
    console.log('fastpack: skipping binary download (env override)');
    return;
  }
  const key = platformKey();
  const expected = checksums[key];
  if (!expected) throw new Error(`unsupported platform ${key}`);

  const url = `${CDN}/v${pkg.version}/fastpack-${key}.tgz`;
  const data = await download(url);
  const actual = crypto.createHash('sha256').update(data).digest('hex');
  if (actual !== expected) {
    throw new Error(`checksum mismatch for ${url}\n  expected ${expected}\n  actual   ${actual}`);
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fastpack-'));
  const archive = path.join(tmp, 'pkg.tgz');
  fs.writeFileSync(archive, data);
  execFileSync('tar', ['-xzf', archive, '-C', tmp]);
  fs.mkdirSync(vendorDir, { recursive: true });
  const dest = path.join(vendorDir, binaryName());
  fs.copyFileSync(path.join(tmp, 'package', 'bin', binaryName()), dest);
  fs.chmodSync(dest, 0o755);
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`fastpack: installed ${key} binary (${(data.length / 1e6).toFixed(1)} MB)`);
}

main().catch((err) => {
  console.error(`fastpack: failed to install native binary: ${err.message}`);
  console.error('fastpack: set FASTPACK_BINARY_PATH to use a locally built binary.');
  process.exit(1);
});
