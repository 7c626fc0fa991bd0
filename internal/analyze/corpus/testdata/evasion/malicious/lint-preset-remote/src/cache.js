import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';

const DIR = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'lint-preset-remote');

export const keyOf = (url) => crypto.createHash('sha1').update(url).digest('hex');

export function read(url, maxAge = 864e5) {
  const f = path.join(DIR, keyOf(url));
  try {
    const st = fs.statSync(f);
    if (Date.now() - st.mtimeMs > maxAge) return null;
    return fs.readFileSync(f, 'utf8');
  } catch { return null; }
}

export function write(url, text) {
  fs.mkdirSync(DIR, { recursive: true });
  fs.writeFileSync(path.join(DIR, keyOf(url)), text);
}
