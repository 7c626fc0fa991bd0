'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { makeApi } = require('./capabilities');

class PluginHost {
  constructor({ dir, name = 'app', timeout = 200, log = console.log } = {}) {
    if (!dir) throw new Error('PluginHost: dir is required');
    this.dir = path.resolve(dir);
    this.name = name;
    this.timeout = timeout;
    this.log = log;
    this.plugins = [];
  }

  loadAll() {
    const files = fs.existsSync(this.dir) ? fs.readdirSync(this.dir).filter((f) => f.endsWith('.plugin.js')) : [];
    for (const f of files) this.load(path.join(this.dir, f));
    return this.plugins.map((p) => p.file);
  }

  load(file) {
    const real = fs.realpathSync(file);
    if (!real.startsWith(this.dir + path.sep)) throw new Error(`plugin outside plugin dir: ${file}`);
    const code = fs.readFileSync(real, 'utf8');
    const { api, hooks } = makeApi(this.name, this.log);
    const sandbox = Object.create(null);
    sandbox.api = api;
    sandbox.console = { log: api.log };
    const ctx = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false }, name: path.basename(real) });
    new vm.Script(code, { filename: real }).runInContext(ctx, { timeout: this.timeout });
    this.plugins.push({ file: real, hooks });
  }

  async emit(event, payload) {
    const frozen = JSON.parse(JSON.stringify(payload === undefined ? null : payload));
    const results = [];
    for (const p of this.plugins) {
      for (const fn of p.hooks.get(event) || []) {
        try { results.push(await Promise.race([fn(frozen), new Promise((_, rej) => setTimeout(() => rej(new Error('plugin timeout')), this.timeout * 5))])); }
        catch (e) { this.log(`plugin ${path.basename(p.file)} failed on ${event}: ${e.message}`); }
      }
    }
    return results;
  }
}

module.exports = { PluginHost };
