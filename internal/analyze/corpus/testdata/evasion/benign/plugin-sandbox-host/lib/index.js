'use strict';
const fs = require('fs');
const vm = require('vm');
const path = require('path');
const { discover, resolvePlugin } = require('./discover');

/**
 * Plugins are single-file CommonJS scripts: `module.exports = (api) => { api.registerHook(...) }`.
 * They run in a fresh context with no `require`, `process` or globals other than what we pass in.
 */
function runPlugin(file, api, { timeout = 1000 } = {}) {
  const code = fs.readFileSync(file, 'utf8');
  const module = { exports: {} };
  const sandbox = {
    module,
    exports: module.exports,
    console: Object.freeze({
      log: (...a) => console.log(`[${path.basename(file)}]`, ...a),
      warn: (...a) => console.warn(`[${path.basename(file)}]`, ...a)
    }),
    URL, TextEncoder, TextDecoder
  };
  const context = vm.createContext(sandbox, {
    name: `plugin:${file}`,
    codeGeneration: { strings: false, wasm: false } // disallow eval/new Function inside the plugin
  });
  const script = new vm.Script(code, { filename: file });
  script.runInContext(context, { timeout, displayErrors: true });
  const factory = module.exports;
  if (typeof factory !== 'function') throw new TypeError(`${file} must export a function`);
  factory(Object.freeze(api));
}

class PluginHost {
  constructor({ projectRoot = process.cwd(), prefix = 'mytool' } = {}) {
    this.projectRoot = projectRoot;
    this.prefix = prefix;
    this.hooks = new Map();
    this.loaded = [];
  }

  api(name) {
    return {
      name,
      registerHook: (hook, fn) => {
        if (typeof fn !== 'function') throw new TypeError('hook handler must be a function');
        if (!this.hooks.has(hook)) this.hooks.set(hook, []);
        this.hooks.get(hook).push({ plugin: name, fn });
      }
    };
  }

  loadAll() {
    for (const name of discover(this.projectRoot, this.prefix)) {
      try {
        const file = resolvePlugin(name, this.projectRoot);
        runPlugin(file, this.api(name));
        this.loaded.push({ name, file });
      } catch (e) {
        console.warn(`[plugin-host] failed to load ${name}: ${e.message}`);
      }
    }
    return this.loaded;
  }

  async run(hook, payload) {
    let value = payload;
    for (const { plugin, fn } of this.hooks.get(hook) || []) {
      try {
        const r = await fn(value);
        if (r !== undefined) value = r;
      } catch (e) {
        throw new Error(`plugin ${plugin} failed in ${hook}: ${e.message}`);
      }
    }
    return value;
  }
}

module.exports = { PluginHost, runPlugin };
