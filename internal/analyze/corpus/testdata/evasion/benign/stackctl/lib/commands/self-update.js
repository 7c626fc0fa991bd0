'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { get } = require('../http');
const pkg = require('../../package.json');

const RELEASES = 'https://api.github.com/repos/stackly/stackctl/releases/latest';

function newer(a, b) {
  const pa = a.replace(/^v/, '').split('.').map(Number);
  const pb = b.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i];
  return false;
}

function assetName() {
  const os = { linux: 'linux', darwin: 'macos', win32: 'win' }[process.platform];
  return `stackctl-${os}-${process.arch}${process.platform === 'win32' ? '.exe' : ''}`;
}

// Only works for the standalone binary build (process.pkg is set by the packager).
// npm installs are told to use their package manager instead.
async function selfUpdate({ check = false, force = false } = {}) {
  if (!process.pkg) {
    console.log('stackctl was installed with a package manager. Update with: npm install -g stackctl@latest');
    return;
  }
  const release = await get(RELEASES, { json: true });
  if (!force && !newer(release.tag_name, pkg.version)) {
    console.log(`stackctl ${pkg.version} is up to date.`);
    return;
  }
  console.log(`Update available: ${pkg.version} -> ${release.tag_name}`);
  if (check) return;

  const name = assetName();
  const asset = release.assets.find((a) => a.name === name);
  const sums = release.assets.find((a) => a.name === 'checksums.txt');
  if (!asset || !sums) throw new Error(`No ${name} in release ${release.tag_name}`);

  const [binary, checksums] = await Promise.all([get(asset.browser_download_url), get(sums.browser_download_url)]);
  const expected = checksums.toString('utf8').split('\n').map((l) => l.trim().split(/\s+/)).find(([, f]) => f === name);
  const actual = crypto.createHash('sha256').update(binary).digest('hex');
  if (!expected || expected[0] !== actual) throw new Error('Checksum verification failed; not updating.');

  const target = process.execPath;
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.new`);
  fs.writeFileSync(tmp, binary, { mode: 0o755 });
  if (process.platform === 'win32') {
    // A running .exe cannot be overwritten but can be renamed.
    const old = `${target}.old`;
    fs.rmSync(old, { force: true });
    fs.renameSync(target, old);
  }
  fs.renameSync(tmp, target);
  console.log(`Updated to ${release.tag_name}. Release notes: ${release.html_url}`);
}

module.exports = { selfUpdate, newer };
