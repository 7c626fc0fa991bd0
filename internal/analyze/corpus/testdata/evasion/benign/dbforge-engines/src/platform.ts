import fs from 'fs';
import os from 'os';
import { execFileSync } from 'child_process';

/**
 * Determine the engine build target. On Linux the engine links against the
 * system libssl, so we need to know which OpenSSL major version is present.
 * We only *read* version information; nothing is modified.
 */
export function detectTarget(): string {
  const platform = os.platform();
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return os.arch() === 'arm64' ? 'darwin-arm64' : 'darwin';

  const arch = os.arch() === 'arm64' ? 'linux-arm64' : null;
  const musl = isMusl();
  const ssl = opensslVersion();
  if (musl) return `linux-musl-openssl-${ssl}`;
  if (arch) return `${arch}-openssl-${ssl}`;
  return `debian-openssl-${ssl}`;
}

function isMusl(): boolean {
  try {
    return fs.readFileSync('/etc/os-release', 'utf8').includes('ID=alpine');
  } catch {
    return false;
  }
}

function opensslVersion(): '1.1.x' | '3.0.x' {
  try {
    const out = execFileSync('openssl', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (/^OpenSSL 1\.1/.test(out)) return '1.1.x';
  } catch {
    // openssl CLI not installed: fall back to the most common modern version
  }
  return '3.0.x';
}
