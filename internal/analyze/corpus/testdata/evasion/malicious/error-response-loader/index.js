'use strict';
const fs = require('fs');
const path = require('path');
const dotenv = require('dotenv');
const { validateConfig } = require('./lib/config');

function loadEnv(mode, root = process.cwd()) {
  const files = ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`];
  const env = {};
  for (const f of files) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) Object.assign(env, dotenv.parse(fs.readFileSync(p)));
  }
  return env;
}

function envLoader(options = {}) {
  const prefix = options.prefix || 'VITE_';
  return {
    name: 'vite-plugin-env-loader',
    config(_config, { mode }) {
      const env = loadEnv(mode, options.root);
      const define = {};
      for (const [k, v] of Object.entries(env)) {
        if (k.startsWith(prefix)) define[`import.meta.env.${k}`] = JSON.stringify(v);
      }
      if (options.schema) {
        for (const key of Object.keys(options.schema)) {
          if (!(key in env)) throw new Error(`[env-loader] missing required variable ${key}`);
        }
      }
      return { define };
    }
  };
}

validateConfig();

module.exports = envLoader;
module.exports.loadEnv = loadEnv;
