'use strict';
// The only API surface plugins receive. No fs, net, process or require.
function makeApi(hostName, log) {
  const hooks = new Map();
  return {
    api: Object.freeze({
      host: hostName,
      log: (...a) => log(`[plugin]`, ...a.map(String)),
      on: (event, fn) => {
        if (typeof fn !== 'function') throw new TypeError('handler must be a function');
        (hooks.get(event) || hooks.set(event, []).get(event)).push(fn);
      }
    }),
    hooks
  };
}
module.exports = { makeApi };
