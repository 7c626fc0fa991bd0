import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const dir = join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'bump-notice');

export function storePath(pkgName) {
  return join(dir, `${pkgName.replace('/', '__')}.json`);
}

export function read(pkgName) {
  try { return JSON.parse(readFileSync(storePath(pkgName), 'utf8')); } catch { return {}; }
}

export function write(pkgName, data) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(storePath(pkgName), JSON.stringify({ ...read(pkgName), ...data }));
}
