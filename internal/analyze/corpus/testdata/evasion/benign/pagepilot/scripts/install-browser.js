'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const https = require('https');
const { execFileSync } = require('child_process');
const { currentBuild } = require('../lib/registry');

function skip(reason) {
  console.log(`pagepilot: skipping browser download (${reason}).`);
  process.exit(0);
}

if (process.env.PAGEPILOT_SKIP_BROWSER_DOWNLOAD === '1') skip('PAGEPILOT_SKIP_BROWSER_DOWNLOAD=1');
const build = currentBuild();
if (!build) skip(`no prebuilt Chromium for ${process.platform}-${process.arch}; set executablePath in your config`);
if (fs.existsSync(build.executablePath)) process.exit(0);

function download(url, dest, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { 'user-agent': `pagepilot-installer/${require('../package.json').version}` } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && redirects > 0) {
        res.resume();
        return resolve(download(new URL(res.headers.location, url).toString(), dest, redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const hash = crypto.createHash('sha256');
      const out = fs.createWriteStream(dest);
      const total = Number(res.headers['content-length'] || 0);
      let seen = 0, lastPct = -10;
      res.on('data', (chunk) => {
        hash.update(chunk);
        seen += chunk.length;
        const pct = total ? Math.floor((seen / total) * 100) : 0;
        if (process.stdout.isTTY && pct >= lastPct + 10) { lastPct = pct; process.stdout.write(`\r  ${pct}%`); }
      });
      res.pipe(out);
      out.on('finish', () => resolve(hash.digest('hex')));
      out.on('error', reject);
    }).on('error', reject);
  });
}

function unzip(zip, dir) {
  fs.mkdirSync(dir, { recursive: true });
  if (process.platform === 'win32') {
    execFileSync('powershell.exe', ['-NoProfile', '-Command', `Expand-Archive -LiteralPath '${zip}' -DestinationPath '${dir}' -Force`]);
  } else {
    execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
  }
}

(async () => {
  console.log(`pagepilot: downloading Chromium r${build.revision} from ${build.url}`);
  const tmp = path.join(os.tmpdir(), `pagepilot-${process.pid}-${build.file}`);
  try {
    const digest = await download(build.url, tmp);
    if (digest !== build.sha256) throw new Error(`checksum mismatch: expected ${build.sha256}, got ${digest}`);
    unzip(tmp, build.dir);
    if (process.platform !== 'win32') fs.chmodSync(build.executablePath, 0o755);
    console.log(`\npagepilot: Chromium installed at ${build.dir}`);
  } catch (err) {
    console.warn(`\npagepilot: browser download failed: ${err.message}`);
    console.warn('Run "npx pagepilot install-browser" later, or set PAGEPILOT_SKIP_BROWSER_DOWNLOAD=1.');
  } finally {
    fs.rmSync(tmp, { force: true });
  }
})();
