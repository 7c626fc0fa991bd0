'use strict';
// Fallback installer. Normally the platform package from optionalDependencies
// already contains the binary. If the package manager skipped optional
// dependencies (e.g. --no-optional), we download the same tarball from the
// project's GitHub release and verify it against checksums.json.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const zlib = require('zlib');
const crypto = require('crypto');
const { extractSingleFile } = require('./lib/tar');

const VERSION = require('./package.json').version;
const PLATFORM = `${process.platform}-${os.arch()}`;
const BIN_NAME = process.platform === 'win32' ? 'fastbuild.exe' : 'fastbuild';
const ASSET = `fastbuild-${PLATFORM}.tar.gz`;
const BASE_URL = process.env.FASTBUILD_BINARY_HOST ||
  `https://github.com/fastbuild-dev/fastbuild/releases/download/v${VERSION}`;

function platformPackageInstalled() {
  try {
    require.resolve(`@fastbuild/${PLATFORM}/package.json`);
    return true;
  } catch (_) {
    return false;
  }
}

function download(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'User-Agent': `fastbuild-installer/${VERSION}` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(download(res.headers.location, redirects - 1));
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
  if (process.env.FASTBUILD_SKIP_DOWNLOAD) return;
  if (platformPackageInstalled()) return;

  const expected = require('./checksums.json')[ASSET];
  if (!expected) {
    console.error(`[fastbuild] Unsupported platform ${PLATFORM}. Please open an issue.`);
    process.exitCode = 1;
    return;
  }

  console.log(`[fastbuild] Optional dependency @fastbuild/${PLATFORM} missing, downloading ${ASSET}`);
  const tgz = await download(`${BASE_URL}/${ASSET}`);
  const actual = crypto.createHash('sha256').update(tgz).digest('hex');
  if (actual !== expected) {
    throw new Error(`[fastbuild] Checksum mismatch for ${ASSET}: expected ${expected}, got ${actual}`);
  }

  const tar = zlib.gunzipSync(tgz);
  const binary = extractSingleFile(tar, `package/bin/${BIN_NAME}`);
  const dest = path.join(__dirname, 'bin', BIN_NAME === 'fastbuild' ? 'fastbuild-native' : BIN_NAME);
  fs.writeFileSync(dest, binary);
  fs.chmodSync(dest, 0o755);
  console.log(`[fastbuild] Installed ${dest}`);
}

main().catch((err) => {
  console.error(err.message);
  console.error('[fastbuild] You can set FASTBUILD_BINARY_PATH to use a binary you built yourself.');
  process.exitCode = 1;
});
