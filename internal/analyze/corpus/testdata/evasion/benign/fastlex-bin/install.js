'use strict';
// Downloads the prebuilt fastlex executable for the current platform.
//
// Environment variables (documented in README):
//   FASTLEX_BINARY_PATH   use an existing binary instead of downloading
//   FASTLEX_SKIP_DOWNLOAD skip the download entirely (e.g. in offline builds)
//   FASTLEX_MIRROR        alternative base URL (corporate mirrors)
//
// Every downloaded file is verified against checksums.json, which is
// shipped inside this package, before it is made executable.

const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');

const pkg = require('./package.json');
const sums = require('./checksums.json');

const DEFAULT_BASE = 'https://releases.fastlex.example.com';
const platformKey = `${process.platform}-${process.arch}`;
const exeName = process.platform === 'win32' ? 'fastlex.exe' : 'fastlex';
const dest = path.join(__dirname, 'bin', 'native', exeName);

function log(msg) {
  process.stderr.write(`[fastlex] ${msg}\n`);
}

function fetchBuffer(url, redirectsLeft = 5) {
  return new Promise((resolve, reject) => {
    if (!url.startsWith('https://')) {
      reject(new Error(`refusing non-https URL: ${url}`));
      return;
    }
    https
      .get(url, { headers: { 'user-agent': `fastlex-installer/${pkg.version}` } }, (res) => {
        if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
          res.resume();
          if (redirectsLeft === 0) return reject(new Error('too many redirects'));
          const next = new URL(res.headers.location, url).toString();
          return resolve(fetchBuffer(next, redirectsLeft - 1));
        }
        if (res.statusCode !== 200) {
          res.resume();
          return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
        }
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function main() {
  if (process.env.FASTLEX_SKIP_DOWNLOAD) {
    log('FASTLEX_SKIP_DOWNLOAD is set, skipping binary download');
    return;
  }
  if (process.env.FASTLEX_BINARY_PATH) {
    log(`using binary from FASTLEX_BINARY_PATH=${process.env.FASTLEX_BINARY_PATH}`);
    return;
  }
  const expected = sums.files[platformKey];
  if (!expected) {
    log(`no prebuilt binary for ${platformKey}; build from source with "cargo install fastlex"`);
    return;
  }
  if (fs.existsSync(dest) && sha256(fs.readFileSync(dest)) === expected) {
    log('binary already present and verified');
    return;
  }

  const base = (process.env.FASTLEX_MIRROR || DEFAULT_BASE).replace(/\/+$/, '');
  const url = `${base}/v${pkg.version}/fastlex-${platformKey}${process.platform === 'win32' ? '.exe' : ''}`;
  log(`downloading ${url}`);
  const body = await fetchBuffer(url);

  const actual = sha256(body);
  if (actual !== expected) {
    throw new Error(`checksum mismatch for ${platformKey}: expected ${expected}, got ${actual}`);
  }

  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = `${dest}.download`;
  fs.writeFileSync(tmp, body, { mode: 0o755 });
  fs.renameSync(tmp, dest);
  log(`installed ${path.relative(process.cwd(), dest)}`);
}

function sha256(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

main().catch((err) => {
  log(`failed to install native binary: ${err.message}`);
  log('set FASTLEX_BINARY_PATH to a locally built binary, or FASTLEX_MIRROR to a mirror, and reinstall');
  process.exitCode = 1;
});
