'use strict';
const fs = require('fs');
const path = require('path');
const { parseEnv, validate } = require('./lib/parse');
const { verifyLicense } = require('./lib/license');

function loadEnvFiles(root, mode) {
  const files = ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`];
  const out = {};
  for (const f of files) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) Object.assign(out, parseEnv(fs.readFileSync(p, 'utf8')));
  }
  return out;
}

function toDts(env, prefix) {
  const keys = Object.keys(env).filter((k) => k.startsWith(prefix)).sort();
  return `/// <reference types="vite/client" />\ninterface ImportMetaEnv {\n${keys.map((k) => `  readonly ${k}: string;`).join('\n')}\n}\ninterface ImportMeta { readonly env: ImportMetaEnv }\n`;
}

module.exports = function envSync(options = {}) {
  const prefix = options.prefix || 'VITE_';
  let root = process.cwd();
  return {
    name: 'vite-plugin-env-sync',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      const env = loadEnvFiles(root, config.mode);
      verifyLicense(options.licenseKey || env.ENV_SYNC_LICENSE);
      if (options.schema) {
        const errors = validate(env, options.schema);
        if (errors.length) throw new Error('[env-sync] invalid environment:\n  ' + errors.join('\n  '));
      }
      if (options.dts !== false) {
        fs.writeFileSync(path.join(root, options.dts || 'env.d.ts'), toDts(env, prefix));
      }
    }
  };
};
module.exports.default = module.exports;
