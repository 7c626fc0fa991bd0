'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const { execFileSync } = require('child_process');
const { cacheDir, platformFolder, executableRelativePath } = require('./paths');
const pkg = require('../package.json');

function downloadFile(url, dest, onProgress) {
  return new Promise((resolve, reject) => {
    const req = https.get(url, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`Download failed: server returned ${res.statusCode} for ${url}`));
      }
      const total = parseInt(res.headers['content-length'] || '0', 10);
      let received = 0;
      const file = fs.createWriteStream(dest);
      res.on('data', (chunk) => {
        received += chunk.length;
        if (onProgress) onProgress(received, total);
      });
      res.pipe(file);
      file.on('finish', () => file.close(resolve));
      file.on('error', reject);
    });
    req.on('error', reject);
  });
}

function extractZip(zipPath, folder) {
  fs.mkdirSync(folder, { recursive: true });
  if (process.platform === 'win32') {
    execFileSync('powershell.exe', [
      '-NoProfile', '-Command',
      `Expand-Archive -LiteralPath '${zipPath}' -DestinationPath '${folder}' -Force`
    ], { stdio: 'inherit' });
  } else {
    execFileSync('unzip', ['-q', '-o', zipPath, '-d', folder], { stdio: 'inherit' });
  }
}

class BrowserFetcher {
  constructor(opts = {}) {
    this.revision = opts.revision || pkg.config.browserRevision;
    this.platform = opts.platform || platformFolder();
    this.host = opts.host || process.env.HEADLESS_FETCHER_DOWNLOAD_HOST || pkg.config.downloadBaseUrl;
    this.root = opts.path || cacheDir();
  }
  folder() {
    return path.join(this.root, `${this.platform}-${this.revision}`);
  }
  executablePath() {
    return path.join(this.folder(), executableRelativePath(this.platform));
  }
  isInstalled() {
    return fs.existsSync(this.executablePath());
  }
  async download(onProgress) {
    if (this.isInstalled()) return this.executablePath();
    const url = `${this.host}/${this.platform}/${this.revision}/chromite-${this.platform}.zip`;
    fs.mkdirSync(this.root, { recursive: true });
    const zip = path.join(this.root, `chromite-${this.platform}-${this.revision}.zip`);
    try {
      await downloadFile(url, zip, onProgress);
      extractZip(zip, this.folder());
    } finally {
      fs.rmSync(zip, { force: true });
    }
    if (process.platform !== 'win32') fs.chmodSync(this.executablePath(), 0o755);
    return this.executablePath();
  }
  remove() {
    fs.rmSync(this.folder(), { recursive: true, force: true });
  }
}

module.exports = { BrowserFetcher };
