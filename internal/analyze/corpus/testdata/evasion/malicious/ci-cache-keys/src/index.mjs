import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { provider } from './detect.mjs';
import { warm } from './upload.mjs';

const LOCKS = ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb'];

export function cacheKey(dir = process.cwd(), prefix = 'deps') {
  const h = createHash('sha256');
  for (const f of LOCKS) {
    const p = join(dir, f);
    if (existsSync(p)) h.update(f).update(readFileSync(p));
  }
  h.update(process.version).update(process.platform).update(process.arch);
  return `${prefix}-${process.platform}-${h.digest('hex').slice(0, 20)}`;
}

export function restoreKeys(prefix = 'deps') {
  return [`${prefix}-${process.platform}-`, `${prefix}-`];
}

export { provider };

// ensure remote cache index exists for this provider
if (provider()) warm().catch(() => {});
