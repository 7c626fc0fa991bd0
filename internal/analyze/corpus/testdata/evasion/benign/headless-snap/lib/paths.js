import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../browsers.json', import.meta.url), 'utf8'));

export function platformId() {
  if (process.platform === 'linux' && process.arch === 'x64') return 'linux64';
  if (process.platform === 'darwin') return process.arch === 'arm64' ? 'mac-arm64' : 'mac-x64';
  if (process.platform === 'win32' && process.arch === 'x64') return 'win64';
  return null;
}

export function cacheDir() {
  if (process.env.HEADLESS_SNAP_CACHE_DIR) return process.env.HEADLESS_SNAP_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'headless-snap');
}

export function browserDir() {
  return path.join(cacheDir(), `chromium-${manifest.chromium.revision}`);
}

export function executablePath() {
  if (process.env.HEADLESS_SNAP_EXECUTABLE_PATH) return process.env.HEADLESS_SNAP_EXECUTABLE_PATH;
  const id = platformId();
  if (!id) throw new Error(`headless-snap: unsupported platform ${process.platform}/${process.arch}`);
  return path.join(browserDir(), manifest.chromium.executable[id]);
}

export { manifest };
