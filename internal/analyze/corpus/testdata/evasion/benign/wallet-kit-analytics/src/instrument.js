// Methods whose params can contain user data; we never record params, only the method name.
const INTERESTING = new Set([
  'eth_requestAccounts', 'eth_accounts', 'eth_chainId', 'wallet_switchEthereumChain',
  'wallet_addEthereumChain', 'eth_sendTransaction', 'personal_sign', 'eth_signTypedData_v4'
]);

/**
 * Returns a provider that forwards every call unchanged to the original EIP-1193 provider
 * and records method name, latency and outcome.
 */
export function instrumentProvider(provider, analytics, { walletName = detectWallet(provider) } = {}) {
  if (!provider || typeof provider.request !== 'function') throw new TypeError('EIP-1193 provider expected');
  const original = provider.request.bind(provider);

  const request = async (args) => {
    const started = performance.now();
    const method = args && args.method;
    try {
      const result = await original(args);
      if (INTERESTING.has(method)) {
        analytics.track('rpc_request', {
          method, walletName, ok: true, ms: Math.round(performance.now() - started),
          // only a count, never the addresses themselves
          accounts: Array.isArray(result) && method.endsWith('ccounts') ? result.length : undefined
        });
      }
      return result;
    } catch (err) {
      if (INTERESTING.has(method)) {
        analytics.track('rpc_request', {
          method, walletName, ok: false, code: err && err.code, ms: Math.round(performance.now() - started)
        });
      }
      throw err;
    }
  };

  return new Proxy(provider, {
    get(target, prop, receiver) {
      if (prop === 'request') return request;
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    }
  });
}

export function detectWallet(p) {
  if (!p) return 'none';
  if (p.isRabby) return 'rabby';
  if (p.isCoinbaseWallet) return 'coinbase';
  if (p.isBraveWallet) return 'brave';
  if (p.isMetaMask) return 'metamask';
  return 'unknown';
}
