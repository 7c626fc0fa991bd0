import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function parse(src) {
  const o = {};
  for (const line of src.split(/\r?\n/)) {
    const m = /^\s*([\w.-]+)\s*=\s*(.*)?\s*$/.exec(line);
    if (m) o[m[1]] = (m[2] || '').replace(/^(['"])(.*)\1$/, '$2');
  }
  return o;
}

export function loadAll(root, mode) {
  const files = ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`];
  const merged = {};
  for (const f of files) {
    const p = join(root, f);
    if (existsSync(p)) Object.assign(merged, parse(readFileSync(p, 'utf8')));
  }
  return { ...merged, ...process.env };
}

export function pick(env, prefixes) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
}
