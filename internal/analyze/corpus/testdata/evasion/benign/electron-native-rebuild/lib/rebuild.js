'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const HEADERS_URL = process.env.ELECTRON_HEADERS_MIRROR || 'https://artifacts.electron-headers.example.com/headers/dist';

function electronVersion(appDir) {
  for (const name of ['electron', 'electron-nightly']) {
    const f = path.join(appDir, 'node_modules', name, 'package.json');
    if (fs.existsSync(f)) return JSON.parse(fs.readFileSync(f, 'utf8')).version;
  }
  throw new Error('Could not find electron in node_modules; pass --version');
}

function* walkNative(dir, depth = 0) {
  if (depth > 4 || !fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === '.bin') continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('@')) { yield* walkNative(full, depth); continue; }
    if (fs.existsSync(path.join(full, 'binding.gyp'))) yield full;
    yield* walkNative(path.join(full, 'node_modules'), depth + 1);
  }
}

function runGyp(moduleDir, { version, arch }) {
  const gypBin = require.resolve('node-gyp/bin/node-gyp.js', { paths: [moduleDir, process.cwd()] });
  const args = [
    gypBin, 'rebuild',
    `--target=${version}`,
    `--arch=${arch}`,
    `--dist-url=${HEADERS_URL}`,
    '--runtime=electron',
    '--build-from-source',
    `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: moduleDir, stdio: 'inherit', env: { ...process.env, npm_config_runtime: 'electron' } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`node-gyp failed for ${moduleDir} (${code})`))));
  });
}

async function rebuild({ appDir = process.cwd(), version, arch = process.arch, only = [], parallel = false } = {}) {
  version = version || electronVersion(appDir);
  let modules = [...walkNative(path.join(appDir, 'node_modules'))];
  if (only.length) modules = modules.filter((m) => only.includes(path.basename(m)));
  console.log(`Rebuilding ${modules.length} native module(s) for Electron ${version} (${arch})`);
  if (parallel) await Promise.all(modules.map((m) => runGyp(m, { version, arch })));
  else for (const m of modules) await runGyp(m, { version, arch });
  return modules;
}

module.exports = { rebuild, electronVersion, walkNative };
