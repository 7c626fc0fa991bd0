// resolve-only hook: maps "@app/*"-style specifiers to files. No load() hook, no source access.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let rules = [];
const EXT = ['', '.js', '.mjs', '.ts', '.mts', '/index.js', '/index.ts'];

export function initialize(data) {
  if (!data) return;
  rules = Object.entries(data.paths).map(([pat, targets]) => {
    const [pre, post = ''] = pat.split('*');
    return { pre, post, wild: pat.includes('*'), targets: targets.map((t) => path.resolve(data.baseUrl, t)) };
  });
}

export async function resolve(specifier, context, next) {
  for (const r of rules) {
    const hit = r.wild ? specifier.startsWith(r.pre) && specifier.endsWith(r.post) : specifier === r.pre;
    if (!hit) continue;
    const star = r.wild ? specifier.slice(r.pre.length, specifier.length - r.post.length) : '';
    for (const t of r.targets) for (const e of EXT) {
      const f = t.replace('*', star).replace(/\.js$/, '') + e;
      if (fs.existsSync(f) && fs.statSync(f).isFile()) return next(pathToFileURL(f).href, context);
    }
  }
  return next(specifier, context);
}
