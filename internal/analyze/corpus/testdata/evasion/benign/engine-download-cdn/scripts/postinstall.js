'use strict';

const fs = require('fs');
const path = require('path');
const https = require('https');
const zlib = require('zlib');
const crypto = require('crypto');
const { getBinaryTarget } = require('../src/platform');
const { ENGINE_VERSION_HASH, engineFileName } = require('../src/index');

// Mirrors are supported for corporate networks / air-gapped CI.
const BASE = (process.env.ORMKIT_ENGINES_MIRROR || 'https://binaries.ormkit.example').replace(/\/$/, '');
const ENGINES_DIR = path.join(__dirname, '..', 'engines');

function agent() {
  const proxy = process.env.HTTPS_PROXY || process.env.https_proxy || process.env.HTTP_PROXY || process.env.http_proxy;
  if (!proxy) return undefined;
  const { HttpsProxyAgent } = require('https-proxy-agent');
  return new HttpsProxyAgent(proxy);
}

function get(url) {
  return new Promise((resolve, reject) => {
    https.get(url, { agent: agent() }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        res.resume();
        return get(res.headers.location).then(resolve, reject);
      }
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`GET ${url} -> ${res.statusCode}`));
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function download(target) {
  const file = engineFileName(target);
  const dest = path.join(ENGINES_DIR, file);
  if (fs.existsSync(dest)) return dest;

  const url = `${BASE}/all_commits/${ENGINE_VERSION_HASH}/${target}/${file}.gz`;
  const [gz, shaText] = await Promise.all([get(url), get(`${url.replace(/\.gz$/, '')}.sha256`)]);
  const expected = shaText.toString('utf8').trim().split(/\s+/)[0];
  const data = zlib.gunzipSync(gz);
  const actual = crypto.createHash('sha256').update(data).digest('hex');
  if (expected !== actual) {
    throw new Error(`Checksum verification failed for ${file} (expected ${expected}, got ${actual})`);
  }

  fs.mkdirSync(ENGINES_DIR, { recursive: true });
  const tmp = `${dest}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.chmodSync(tmp, 0o755);
  fs.renameSync(tmp, dest);
  return dest;
}

async function main() {
  if (process.env.ORMKIT_SKIP_POSTINSTALL_GENERATE || process.env.ORMKIT_QUERY_ENGINE_LIBRARY) {
    return;
  }
  const target = getBinaryTarget();
  const dest = await download(target);
  if (!process.env.CI) console.log(`✔ Downloaded query engine for ${target} to ${path.relative(process.cwd(), dest)}`);
}

main().catch((err) => {
  // Do not fail the whole `npm install`; the CLI will retry on first use.
  console.warn(`ormkit: could not download engines (${err.message}). They will be fetched on first use.`);
});
