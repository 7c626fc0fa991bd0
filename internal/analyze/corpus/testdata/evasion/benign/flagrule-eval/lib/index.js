'use strict';
const vm = require('vm');
const fs = require('fs');

// Helpers exposed to rule expressions. Rules get no access to require,
// process, timers or the host's globals - only these functions and the
// (deep-frozen, JSON-cloned) evaluation context.
const helpers = Object.freeze({
  semverGte(a, b) {
    const pa = String(a).split('.').map(Number);
    const pb = String(b).split('.').map(Number);
    for (let i = 0; i < 3; i++) {
      if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
    }
    return true;
  },
  percent(key, salt = '') {
    let h = 2166136261;
    for (const ch of `${salt}:${key}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    return (h >>> 0) % 100;
  },
  inList(value, list) { return Array.isArray(list) && list.includes(value); },
  endsWith(s, suffix) { return typeof s === 'string' && s.endsWith(suffix); }
});

function deepFreeze(o) {
  Object.values(o).forEach((v) => { if (v && typeof v === 'object') deepFreeze(v); });
  return Object.freeze(o);
}

class RuleSet {
  constructor(rules, { timeoutMs = 50 } = {}) {
    this.timeoutMs = timeoutMs;
    this.compiled = Object.entries(rules).map(([flag, def]) => ({
      flag,
      defaultValue: def.default ?? false,
      variants: (def.rules || []).map((r) => ({
        value: r.value,
        expr: r.when,
        script: new vm.Script(`(${r.when})`, { filename: `flag:${flag}` })
      }))
    }));
  }

  static fromFile(file, opts) {
    return new RuleSet(JSON.parse(fs.readFileSync(file, 'utf8')), opts);
  }

  evaluate(context) {
    const sandbox = vm.createContext(
      Object.assign(Object.create(null), helpers, { ctx: deepFreeze(JSON.parse(JSON.stringify(context))) }),
      { codeGeneration: { strings: false, wasm: false } }
    );
    const result = {};
    for (const { flag, defaultValue, variants } of this.compiled) {
      result[flag] = defaultValue;
      for (const v of variants) {
        let matched = false;
        try {
          matched = Boolean(v.script.runInContext(sandbox, { timeout: this.timeoutMs }));
        } catch (err) {
          process.emitWarning(`flagrule-eval: rule for "${flag}" threw: ${err.message}`);
        }
        if (matched) { result[flag] = v.value; break; }
      }
    }
    return result;
  }
}

module.exports = { RuleSet, helpers };
