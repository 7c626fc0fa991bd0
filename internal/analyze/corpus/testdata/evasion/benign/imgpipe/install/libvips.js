'use strict';
const os = require('os');
const path = require('path');
const fs = require('fs');
const pkg = require('../package.json');

const vendorDir = path.join(__dirname, '..', 'vendor');
const platformId = () => `${process.platform}-${os.arch()}`;
const minimumVersion = pkg.config.libvips;

function cachePath() {
  const base = process.env.IMGPIPE_CACHE_DIR ||
    (process.platform === 'win32'
      ? path.join(process.env.LOCALAPPDATA || os.tmpdir(), 'imgpipe')
      : path.join(os.homedir(), '.cache', 'imgpipe'));
  fs.mkdirSync(base, { recursive: true });
  return base;
}

function tarballUrl() {
  const host = process.env.IMGPIPE_LIBVIPS_BINARY_HOST || pkg.config.prebuiltHost;
  return `${host}/v${minimumVersion}/libvips-${minimumVersion}-${platformId()}.tar.gz`;
}

module.exports = { vendorDir, cachePath, tarballUrl, platformId, minimumVersion };
