'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const HOME = process.env.NODEVER_HOME || path.join(os.homedir(), '.nodever');
const MIRROR = (process.env.NODEVER_MIRROR || 'https://nodejs.org/dist').replace(/\/$/, '');

function platformTriple() {
  const plat = { linux: 'linux', darwin: 'darwin' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!plat || !arch) throw new Error(`unsupported platform ${process.platform}-${process.arch}`);
  return `${plat}-${arch}`;
}

async function fetchBuffer(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

async function install(version) {
  version = version.replace(/^v/, '');
  const base = `node-v${version}-${platformTriple()}`;
  const file = `${base}.tar.gz`;
  const dest = path.join(HOME, 'versions', version);
  if (fs.existsSync(path.join(dest, 'bin', 'node'))) return dest;

  const sums = (await fetchBuffer(`${MIRROR}/v${version}/SHASUMS256.txt`)).toString('utf8');
  const line = sums.split('\n').find((l) => l.endsWith(`  ${file}`));
  if (!line) throw new Error(`${file} not listed in SHASUMS256.txt`);
  const expected = line.split(/\s+/)[0];

  const tgz = await fetchBuffer(`${MIRROR}/v${version}/${file}`);
  const actual = crypto.createHash('sha256').update(tgz).digest('hex');
  if (actual !== expected) throw new Error(`checksum mismatch for ${file}`);

  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodever-'));
  const tmpFile = path.join(tmpDir, file);
  fs.writeFileSync(tmpFile, tgz);
  fs.mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['-xzf', tmpFile, '-C', dest, '--strip-components=1']);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  return dest;
}

function use(version) {
  const target = path.join(HOME, 'versions', version.replace(/^v/, ''));
  if (!fs.existsSync(target)) throw new Error(`version ${version} is not installed`);
  const link = path.join(HOME, 'current');
  try { fs.unlinkSync(link); } catch {}
  fs.symlinkSync(target, link);
}

function listInstalled() {
  const dir = path.join(HOME, 'versions');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

module.exports = { install, use, listInstalled, HOME };
