'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { download } = require('./download');

const CACHE = process.env.TOOLSHIM_CACHE || path.join(os.homedir(), '.cache', 'toolshim');
const PLATFORM = { darwin: 'osx', linux: 'linux', win32: 'win' }[process.platform];
const ARCH = { x64: 'x86_64', arm64: 'aarch_64' }[process.arch];

/** Read `toolshim.json` from the project (searching upward) and the lockfile next to it. */
function findProject(start = process.cwd()) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const f = path.join(dir, 'toolshim.json');
    if (fs.existsSync(f)) {
      const lock = path.join(dir, 'toolshim.lock.json');
      return { dir, tools: JSON.parse(fs.readFileSync(f, 'utf8')).tools || {}, lock: fs.existsSync(lock) ? JSON.parse(fs.readFileSync(lock, 'utf8')) : {}, lockFile: lock };
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * tools entry example:
 *   "protoc": { "repo": "protocolbuffers/protobuf", "version": "25.1",
 *               "asset": "protoc-{version}-{platform}-{arch}.zip", "bin": "bin/protoc" }
 */
function assetUrl(tool) {
  const name = tool.asset.replace(/\{version\}/g, tool.version).replace('{platform}', PLATFORM).replace('{arch}', ARCH);
  const tag = (tool.tagPrefix ?? 'v') + tool.version;
  return { name, url: `https://github.com/${tool.repo}/releases/download/${tag}/${name}` };
}

function extract(archive, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const args = archive.endsWith('.zip')
    ? (process.platform === 'win32' ? ['tar', ['-xf', archive, '-C', dir]] : ['unzip', ['-q', '-o', archive, '-d', dir]])
    : ['tar', ['-xzf', archive, '-C', dir]];
  const r = spawnSync(args[0], args[1], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`failed to extract ${archive}`);
}

async function ensureTool(name, { update = false } = {}) {
  const proj = findProject();
  if (!proj || !proj.tools[name]) throw new Error(`${name} is not pinned in toolshim.json`);
  const tool = proj.tools[name];
  const { name: assetName, url } = assetUrl(tool);
  const dir = path.join(CACHE, name, tool.version, `${PLATFORM}-${ARCH}`);
  const bin = path.join(dir, tool.bin + (process.platform === 'win32' && !tool.bin.endsWith('.exe') ? '.exe' : ''));
  if (fs.existsSync(bin)) return bin;

  const lockKey = `${name}@${tool.version}/${assetName}`;
  const expected = proj.lock[lockKey];
  if (!expected && !update) throw new Error(`no checksum for ${lockKey} in toolshim.lock.json; run "toolshim lock" after reviewing the release`);

  fs.mkdirSync(CACHE, { recursive: true });
  const tmp = path.join(CACHE, `.dl-${process.pid}-${assetName}`);
  process.stderr.write(`toolshim: downloading ${url}\n`);
  const actual = await download(url, tmp);
  if (expected && actual !== expected) {
    fs.unlinkSync(tmp);
    throw new Error(`checksum mismatch for ${assetName}: expected ${expected}, got ${actual}`);
  }
  if (!expected) {
    proj.lock[lockKey] = actual;
    fs.writeFileSync(proj.lockFile, JSON.stringify(proj.lock, null, 2) + '\n');
    process.stderr.write(`toolshim: recorded sha256 ${actual} for ${lockKey}\n`);
  }
  extract(tmp, dir);
  fs.unlinkSync(tmp);
  if (process.platform !== 'win32') fs.chmodSync(bin, 0o755);
  return bin;
}

module.exports = { ensureTool, findProject, assetUrl, CACHE };
