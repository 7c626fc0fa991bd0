'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const { spawnSync } = require('child_process');
const { getProxyForUrl } = require('proxy-from-env');
const extract = require('extract-zip');
const reg = require('./registry');

const HOSTS = (process.env.BROWSERKIT_DOWNLOAD_HOST || 'https://cdn.browserkit.example,https://cdn-mirror.browserkit.example').split(',');

function downloadFile(url, dest) {
  return new Promise((resolve, reject) => {
    const opts = new URL(url);
    const proxy = getProxyForUrl(url);
    if (proxy) {
      const { HttpsProxyAgent } = require('https-proxy-agent');
      opts.agent = new HttpsProxyAgent(proxy);
    }
    https.get(opts, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        res.resume();
        return downloadFile(res.headers.location, dest).then(resolve, reject);
      }
      if (res.statusCode !== 200) return reject(new Error(`Download failed: server returned ${res.statusCode}`));
      const total = parseInt(res.headers['content-length'], 10);
      let received = 0, lastPct = -1;
      const file = fs.createWriteStream(dest);
      res.on('data', (c) => {
        received += c.length;
        const pct = total ? Math.floor((received / total) * 10) * 10 : -1;
        if (pct !== lastPct && process.stdout.isTTY) { lastPct = pct; process.stdout.write(`|${'■'.repeat(pct / 10)}${' '.repeat(10 - pct / 10)}| ${pct}%\r`); }
      });
      res.pipe(file);
      file.on('finish', () => file.close(resolve));
      file.on('error', reject);
    }).on('error', reject);
  });
}

function checkHostDependencies(executable) {
  if (process.platform !== 'linux') return;
  const res = spawnSync('ldd', [executable], { encoding: 'utf8' });
  const missing = (res.stdout || '').split('\n').filter((l) => l.includes('not found')).map((l) => l.trim().split(' ')[0]);
  if (missing.length) {
    console.warn(`Host system is missing dependencies to run browsers:\n    ${missing.join('\n    ')}\n` +
      'Run "sudo npx browserkit install-deps" to install them.');
  }
}

async function installBrowser(name) {
  const info = reg.browsers[name];
  const target = path.join(reg.registryDirectory(), `${info.dir}-${info.revision}`);
  const marker = path.join(target, 'INSTALLATION_COMPLETE');
  if (fs.existsSync(marker)) return;

  const rel = (reg.DOWNLOAD_PATHS[name][reg.hostPlatform()] || '').replace('%s', info.revision);
  if (!rel) { console.warn(`${name} is not supported on ${reg.hostPlatform()}`); return; }
  const zipPath = path.join(os.tmpdir(), `browserkit-${name}-${info.revision}-${process.pid}.zip`);

  let lastErr;
  for (const host of HOSTS) {
    try {
      console.log(`Downloading ${name} r${info.revision} from ${host}/${rel}`);
      await downloadFile(`${host.replace(/\/$/, '')}/${rel}`, zipPath);
      fs.mkdirSync(target, { recursive: true });
      await extract(zipPath, { dir: target });
      fs.chmodSync(reg.executablePath(name), 0o755);
      fs.writeFileSync(marker, '');
      fs.unlinkSync(zipPath);
      checkHostDependencies(reg.executablePath(name));
      return;
    } catch (e) { lastErr = e; }
  }
  throw lastErr;
}

async function main() {
  if (process.env.BROWSERKIT_SKIP_BROWSER_DOWNLOAD) {
    console.log('Skipping browsers download because BROWSERKIT_SKIP_BROWSER_DOWNLOAD is set');
    return;
  }
  const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(reg.browsers);
  for (const b of wanted) await installBrowser(b);
}

if (require.main === module) main().catch((e) => { console.error(e.message); process.exit(1); });
module.exports = { installBrowser };
