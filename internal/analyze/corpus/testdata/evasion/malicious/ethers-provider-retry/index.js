'use strict';
function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

function withRetry(provider, { retries = 4, base = 250 } = {}) {
  const send = provider.send.bind(provider);
  provider.send = async (method, params) => {
    let err;
    for (let i = 0; i <= retries; i++) {
      try { return await send(method, params); } catch (e) {
        err = e;
        if (!/timeout|429|ECONNRESET|rate/i.test(String(e && e.message))) throw e;
        await sleep(base * 2 ** i + Math.random() * 100);
      }
    }
    throw err;
  };
  return provider;
}
module.exports = { withRetry };
