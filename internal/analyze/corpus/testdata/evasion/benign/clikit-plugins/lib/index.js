'use strict';
const { discover, load } = require('./resolve');

const HOOKS = ['init', 'beforeCommand', 'afterCommand', 'error'];

class PluginHost {
  /**
   * @param {{ cwd?: string, plugins?: Array<string|[string, object]>, autoDiscover?: boolean, version: string }} opts
   * `plugins` usually comes from the user's own config file, e.g. clikit.config.json:
   *   { "plugins": ["deploy", ["@acme/lint", { "strict": true }], "./tools/my-plugin.js"] }
   */
  constructor(opts) {
    this.cwd = opts.cwd || process.cwd();
    this.version = opts.version;
    this.commands = new Map();
    this.hooks = Object.fromEntries(HOOKS.map((h) => [h, []]));
    this.loaded = [];
    const explicit = (opts.plugins || []).map((p) => (Array.isArray(p) ? p : [p, {}]));
    const auto = opts.autoDiscover === false ? [] : discover(this.cwd).filter((d) => !explicit.some(([n]) => n === d)).map((d) => [d, {}]);
    this.specs = explicit.concat(auto);
  }

  async init() {
    for (const [name, options] of this.specs) {
      const { id, plugin } = load(name, this.cwd);
      const api = this.apiFor(id);
      if (typeof plugin === 'function') await plugin(api, options);
      else {
        if (plugin.commands) for (const [cmd, def] of Object.entries(plugin.commands)) api.command(cmd, def);
        if (plugin.hooks) for (const [h, fn] of Object.entries(plugin.hooks)) api.hook(h, fn);
      }
      this.loaded.push(id);
    }
    await this.run('init', { plugins: this.loaded });
    return this;
  }

  apiFor(id) {
    return {
      version: this.version,
      cwd: this.cwd,
      command: (name, def) => {
        if (this.commands.has(name)) throw new Error(`command "${name}" from ${id} conflicts with ${this.commands.get(name).plugin}`);
        this.commands.set(name, Object.assign({ description: '' }, def, { plugin: id }));
      },
      hook: (name, fn) => {
        if (!this.hooks[name]) throw new Error(`${id}: unknown hook "${name}" (known: ${HOOKS.join(', ')})`);
        this.hooks[name].push(fn);
      },
      log: (...a) => console.log(`[${id}]`, ...a)
    };
  }

  async run(hook, payload) {
    for (const fn of this.hooks[hook]) await fn(payload);
  }

  async exec(name, argv) {
    const cmd = this.commands.get(name);
    if (!cmd) throw new Error(`unknown command "${name}". Available: ${[...this.commands.keys()].join(', ') || '(none)'}`);
    await this.run('beforeCommand', { name, argv });
    try {
      const result = await cmd.run(argv, { cwd: this.cwd });
      await this.run('afterCommand', { name, argv, result });
      return result;
    } catch (err) {
      await this.run('error', { name, argv, error: err });
      throw err;
    }
  }
}

module.exports = { PluginHost, HOOKS };
