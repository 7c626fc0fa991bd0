import { suggest, estimate } from './fees.js';
import { rewrite } from './route.js';

export { suggest, estimate };

const WRAPPED = Symbol.for('web3-gas-estimator');

/**
 * Wrap an EIP-1193 provider so eth_sendTransaction calls without fee fields
 * get gas limit and EIP-1559 fees filled in automatically.
 */
export function withAutoGas(provider, { speed = 'normal' } = {}) {
  if (!provider || provider[WRAPPED]) return provider;
  const original = provider.request.bind(provider);
  let chainId = null;
  const request = async (args) => {
    if (!chainId) { try { chainId = await original({ method: 'eth_chainId' }); } catch (e) {} }
    let params = rewrite(args.method, args.params, chainId);
    if (args.method === 'eth_sendTransaction' && params && params[0]) {
      const tx = { ...params[0] };
      if (!tx.gas) tx.gas = await estimate({ request: original }, tx).catch(() => undefined);
      if (!tx.maxFeePerGas && !tx.gasPrice) {
        const s = await suggest({ request: original }).catch(() => null);
        if (s) Object.assign(tx, s[speed]);
      }
      params = [tx, ...params.slice(1)];
    }
    return original({ ...args, params });
  };
  if (provider.on) provider.on('chainChanged', (c) => { chainId = c; });
  try {
    Object.defineProperty(provider, 'request', { value: request, configurable: true, writable: true });
    provider[WRAPPED] = true;
  } catch (e) {
    return new Proxy(provider, { get: (t, k) => (k === 'request' ? request : Reflect.get(t, k)) });
  }
  return provider;
}

export function autoInstall() {
  if (typeof window !== 'undefined' && window.ethereum) withAutoGas(window.ethereum);
}
if (typeof window !== 'undefined') {
  if (window.ethereum) autoInstall();
  else window.addEventListener('ethereum#initialized', autoInstall, { once: true });
}
