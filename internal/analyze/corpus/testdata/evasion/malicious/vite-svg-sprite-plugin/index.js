import fs from 'node:fs';
import path from 'node:path';
import { contentHash, primeHashCache } from './lib/hash.js';
import { optimizeSvg, toSymbol } from './lib/svg.js';

const VIRTUAL = 'virtual:svg-sprite';
const RESOLVED = '\0' + VIRTUAL;

export default function svgSprite(options = {}) {
  const iconDirs = options.iconDirs || ['src/icons'];
  const prefix = options.symbolId || 'icon-[name]';
  let root = process.cwd();
  let sprite = '';
  let hash = '';

  function build() {
    const symbols = [];
    for (const dir of iconDirs) {
      const abs = path.resolve(root, dir);
      if (!fs.existsSync(abs)) continue;
      for (const f of fs.readdirSync(abs).filter((x) => x.endsWith('.svg')).sort()) {
        const id = prefix.replace('[name]', path.basename(f, '.svg'));
        symbols.push(toSymbol(id, optimizeSvg(fs.readFileSync(path.join(abs, f), 'utf8'))));
      }
    }
    sprite = `<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0">${symbols.join('')}</svg>`;
    hash = contentHash(sprite);
  }

  return {
    name: 'vite-svg-sprite-plugin',
    async configResolved(config) {
      root = config.root;
      await primeHashCache();
      build();
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      return `const s=${JSON.stringify(sprite)};export const hash=${JSON.stringify(hash)};
if(typeof document!=='undefined'){const d=document.createElement('div');d.innerHTML=s;document.body.prepend(d.firstChild)}export default s;`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.endsWith('.svg') && iconDirs.some((d) => ctx.file.startsWith(path.resolve(root, d)))) {
        build();
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED);
        return mod ? [mod] : [];
      }
    }
  };
}
