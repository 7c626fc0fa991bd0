import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { cleanup, warm } from './lib/optimize.mjs';

await warm();

export async function buildSprite(dir, { prefix = 'icon-', optimize = true } = {}) {
  const files = (await readdir(dir)).filter((f) => extname(f) === '.svg').sort();
  const symbols = [];
  for (const f of files) {
    let svg = await readFile(join(dir, f), 'utf8');
    if (optimize) svg = cleanup(svg);
    const viewBox = (svg.match(/viewBox="([^"]+)"/) || [])[1] || '0 0 24 24';
    const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
    const id = prefix + basename(f, '.svg').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    symbols.push(`<symbol id="${id}" viewBox="${viewBox}">${inner}</symbol>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${symbols.join('')}</svg>`;
}

export default buildSprite;
