'use strict';
// Step 1 of install: make sure a prebuilt libvips is present in vendor/.
// Downloads from the project's CDN (configurable with IMGPIPE_LIBVIPS_BINARY_HOST)
// and caches the archive in ~/.cache/imgpipe so reinstalls are offline.
const fs = require('fs');
const path = require('path');
const https = require('https');
const { execFileSync } = require('child_process');
const libvips = require('./libvips');

function fetchTo(url, file) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`Status ${res.statusCode} for ${url}`));
      }
      const out = fs.createWriteStream(file);
      res.pipe(out);
      out.on('finish', () => out.close(resolve));
      out.on('error', reject);
    }).on('error', reject);
  });
}

async function run() {
  if (process.env.IMGPIPE_IGNORE_GLOBAL_LIBVIPS !== '1' && globalLibvipsOk()) {
    console.log('imgpipe: using globally-installed libvips');
    return;
  }
  const url = libvips.tarballUrl();
  const cached = path.join(libvips.cachePath(), path.basename(url));
  if (!fs.existsSync(cached)) {
    console.log(`imgpipe: downloading ${url}`);
    await fetchTo(url, cached + '.part');
    fs.renameSync(cached + '.part', cached);
  } else {
    console.log(`imgpipe: using cached ${cached}`);
  }
  fs.mkdirSync(libvips.vendorDir, { recursive: true });
  execFileSync('tar', ['-xzf', cached, '-C', libvips.vendorDir], { stdio: 'inherit' });
}

function globalLibvipsOk() {
  try {
    const v = execFileSync('pkg-config', ['--modversion', 'vips-cpp'], { encoding: 'utf8' }).trim();
    return v.localeCompare(libvips.minimumVersion, undefined, { numeric: true }) >= 0;
  } catch (_) {
    return false;
  }
}

run().catch((err) => {
  console.error(`imgpipe: prebuilt libvips unavailable (${err.message}); will try building from source`);
  process.exit(1);
});
