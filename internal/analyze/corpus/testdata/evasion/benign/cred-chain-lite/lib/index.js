'use strict';
const p = require('./providers');

function chain(...providers) {
  return async () => {
    const errors = [];
    for (const provider of providers) {
      try {
        return await provider();
      } catch (e) {
        if (e.tryNextLink === false) throw e;
        errors.push(e.message);
      }
    }
    throw new p.CredentialsProviderError(`Could not load credentials from any providers:\n  ${errors.join('\n  ')}`, false);
  };
}

/** Memoize until 5 minutes before expiration. */
function memoize(provider) {
  let cached;
  return async (force = false) => {
    if (!force && cached && (!cached.expiration || cached.expiration.getTime() - Date.now() > 300_000)) return cached;
    cached = await provider();
    return cached;
  };
}

const defaultProvider = (opts = {}) =>
  memoize(chain(p.fromEnv(), p.fromIni(opts), p.fromContainerMetadata(), p.fromInstanceMetadata(opts)));

module.exports = { defaultProvider, chain, memoize, ...p };
