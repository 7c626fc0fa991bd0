'use strict';
// Downloads the platform binary from the project's GitHub releases and verifies
// its SHA-256 against checksums.json shipped in this package. Nothing is executed.
const fs = require('fs');
const path = require('path');
const https = require('https');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const manifest = require('../checksums.json');
const key = `${process.platform}-${process.arch}`;
const vendor = path.join(__dirname, '..', 'vendor');

if (process.env.TIDY_SQL_SKIP_DOWNLOAD || process.env.npm_config_tidy_sql_skip_download) {
  console.log('tidy-sql: skipping binary download (TIDY_SQL_SKIP_DOWNLOAD set)');
  process.exit(0);
}
const entry = manifest.files[key];
if (!entry) {
  console.warn(`tidy-sql: no prebuilt for ${key}; set TIDY_SQL_BINARY to a local build`);
  process.exit(0);
}

function download(url, hops = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && hops) { res.resume(); return resolve(download(res.headers.location, hops - 1)); }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`download failed: HTTP ${res.statusCode}`)); }
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve(Buffer.concat(parts)));
    }).on('error', reject);
  });
}

(async () => {
  const url = process.env.TIDY_SQL_MIRROR ? `${process.env.TIDY_SQL_MIRROR}/${entry.name}` : `${manifest.base}/${entry.name}`;
  const buf = await download(url);
  const sum = crypto.createHash('sha256').update(buf).digest('hex');
  if (sum !== entry.sha256) throw new Error(`checksum mismatch for ${entry.name}: expected ${entry.sha256}, got ${sum}`);
  fs.mkdirSync(vendor, { recursive: true });
  const archive = path.join(vendor, entry.name);
  fs.writeFileSync(archive, buf);
  if (entry.name.endsWith('.zip')) execFileSync('tar', ['-xf', archive, '-C', vendor]);
  else execFileSync('tar', ['-xzf', archive, '-C', vendor]);
  fs.unlinkSync(archive);
  console.log(`tidy-sql: installed ${key} binary (sha256 verified)`);
})().catch((err) => {
  console.error('tidy-sql: ' + err.message);
  console.error('tidy-sql: the JS API will fall back to TIDY_SQL_BINARY or PATH');
});
