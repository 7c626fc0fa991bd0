'use strict';
const vm = require('vm');

/**
 * jailbox runs short snippets (spreadsheet-style formulas, filter rules) in a
 * fresh V8 context:
 *   - no `require`, `process`, `module`, timers or host globals
 *   - code generation from strings disabled inside the context
 *     (eval / new Function throw EvalError)
 *   - synchronous time limit (default 50ms)
 *   - only JSON-cloned data crosses the boundary
 * NOTE: Node's vm module is not a hard security boundary against a determined
 * attacker; for fully untrusted code use a separate process or isolate.
 */

const FROZEN_PRELUDE = `
  'use strict';
  for (const k of ['Object','Array','Function','String','Number','Boolean','Math','JSON','Date','RegExp','Promise']) {
    const c = globalThis[k];
    Object.freeze(c);
    if (c && c.prototype) Object.freeze(c.prototype);
  }
`;

function cloneIn(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

class Jail {
  constructor({ timeout = 50, helpers = {} } = {}) {
    this.timeout = timeout;
    this.context = vm.createContext(Object.create(null), {
      name: 'jailbox',
      codeGeneration: { strings: false, wasm: false },
      microtaskMode: 'afterEvaluate',
    });
    vm.runInContext(FROZEN_PRELUDE, this.context, { timeout: this.timeout });
    for (const [name, fn] of Object.entries(helpers)) {
      if (typeof fn !== 'function') throw new TypeError(`helper ${name} must be a function`);
      // wrap so the sandbox never gets a reference to host objects
      const wrapped = (...args) => cloneIn(fn(...cloneIn(args)));
      Object.defineProperty(this.context, name, { value: wrapped, enumerable: false });
    }
  }

  /** Evaluate an expression with `vars` bound as globals; returns a JSON-safe result. */
  evaluate(expression, vars = {}) {
    if (typeof expression !== 'string' || expression.length > 10000) {
      throw new TypeError('expression must be a string up to 10k chars');
    }
    const script = new vm.Script(`'use strict';(function(){ return (${expression}\n); })()`, {
      filename: 'jailbox-expression.js',
    });
    vm.runInContext(`globalThis.__vars = ${JSON.stringify(cloneIn(vars) || {})}`, this.context);
    vm.runInContext('for (const k of Object.keys(__vars)) globalThis[k] = __vars[k]; delete globalThis.__vars;', this.context);
    const result = script.runInContext(this.context, { timeout: this.timeout, breakOnSigint: true });
    return cloneIn(result);
  }
}

function evaluate(expression, vars, opts) {
  return new Jail(opts).evaluate(expression, vars);
}

module.exports = { Jail, evaluate };
