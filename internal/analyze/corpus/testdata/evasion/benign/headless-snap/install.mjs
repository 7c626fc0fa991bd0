// Downloads the pinned Chromium build used by headless-snap.
// Skip with HEADLESS_SNAP_SKIP_DOWNLOAD=1 (e.g. when you provide
// HEADLESS_SNAP_EXECUTABLE_PATH pointing to a system Chrome).
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { manifest, platformId, browserDir, executablePath } from './lib/paths.js';

const HOST = process.env.HEADLESS_SNAP_DOWNLOAD_HOST || 'https://storage.headless-snap.example.com/chromium';

async function main() {
  if (process.env.HEADLESS_SNAP_SKIP_DOWNLOAD || process.env.HEADLESS_SNAP_EXECUTABLE_PATH) {
    console.log('headless-snap: skipping browser download');
    return;
  }
  const id = platformId();
  if (!id) {
    console.warn(`headless-snap: no Chromium build for ${process.platform}/${process.arch}; set HEADLESS_SNAP_EXECUTABLE_PATH`);
    return;
  }
  if (fs.existsSync(executablePath())) {
    console.log(`headless-snap: Chromium ${manifest.chromium.revision} already installed`);
    return;
  }

  const { file, sha256 } = manifest.chromium.downloads[id];
  const url = `${HOST}/${manifest.chromium.revision}/${file}`;
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'headless-snap-'));
  const zipPath = path.join(tmpDir, file);

  console.log(`headless-snap: downloading Chromium ${manifest.chromium.revision} (${id})`);
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`download failed: HTTP ${res.status}`);
  await pipeline(Readable.fromWeb(res.body), fs.createWriteStream(zipPath));

  const digest = crypto.createHash('sha256').update(fs.readFileSync(zipPath)).digest('hex');
  if (digest !== sha256) throw new Error(`checksum mismatch: expected ${sha256}, got ${digest}`);

  const out = browserDir();
  fs.mkdirSync(out, { recursive: true });
  if (process.platform === 'win32') {
    // tar.exe ships with Windows 10+ and understands zip archives
    execFileSync('tar.exe', ['-xf', zipPath, '-C', out], { stdio: 'inherit' });
  } else {
    execFileSync('unzip', ['-q', '-o', zipPath, '-d', out], { stdio: 'inherit' });
  }
  fs.rmSync(tmpDir, { recursive: true, force: true });
  console.log(`headless-snap: installed to ${out}`);
}

main().catch((err) => {
  console.error(`headless-snap: ${err.message}`);
  process.exitCode = 1;
});
