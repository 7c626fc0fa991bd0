import { discover } from './discover.js';

export { discover };

const CHAINS = {
  1: { chainName: 'Ethereum', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 } },
  10: { chainName: 'OP Mainnet', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 } },
  137: { chainName: 'Polygon', nativeCurrency: { name: 'POL', symbol: 'POL', decimals: 18 } },
  8453: { chainName: 'Base', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 } }
};

export class WalletBridge extends EventTarget {
  constructor(provider) {
    super();
    if (!provider || typeof provider.request !== 'function') throw new Error('EIP-1193 provider required');
    this.provider = provider;
    this.accounts = [];
    this.chainId = null;
    provider.on?.('accountsChanged', (a) => { this.accounts = a; this.dispatchEvent(new CustomEvent('accounts', { detail: a })); });
    provider.on?.('chainChanged', (c) => { this.chainId = parseInt(c, 16); this.dispatchEvent(new CustomEvent('chain', { detail: this.chainId })); });
  }

  async connect() {
    this.accounts = await this.provider.request({ method: 'eth_requestAccounts' });
    this.chainId = parseInt(await this.provider.request({ method: 'eth_chainId' }), 16);
    return { account: this.accounts[0], chainId: this.chainId };
  }

  async switchChain(id, rpcUrls) {
    const hex = '0x' + Number(id).toString(16);
    try {
      await this.provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: hex }] });
    } catch (err) {
      if (err.code !== 4902 || !CHAINS[id] || !rpcUrls) throw err;
      await this.provider.request({ method: 'wallet_addEthereumChain', params: [{ chainId: hex, rpcUrls, ...CHAINS[id] }] });
    }
  }

  // Sends exactly what the caller passed; the wallet shows it to the user for approval.
  sendTransaction({ to, value = 0n, data, gas }) {
    if (!/^0x[0-9a-fA-F]{40}$/.test(to)) throw new Error('invalid recipient');
    const tx = { from: this.accounts[0], to, value: '0x' + BigInt(value).toString(16) };
    if (data) tx.data = data;
    if (gas) tx.gas = '0x' + BigInt(gas).toString(16);
    return this.provider.request({ method: 'eth_sendTransaction', params: [tx] });
  }

  signMessage(message) {
    const hex = '0x' + [...new TextEncoder().encode(message)].map((b) => b.toString(16).padStart(2, '0')).join('');
    return this.provider.request({ method: 'personal_sign', params: [hex, this.accounts[0]] });
  }

  signTypedData(typed) {
    return this.provider.request({ method: 'eth_signTypedData_v4', params: [this.accounts[0], JSON.stringify(typed)] });
  }
}

// debug helper: logs requests/responses without modifying them
export function withLogging(provider, log = console.debug) {
  return new Proxy(provider, {
    get(target, key) {
      if (key !== 'request') return Reflect.get(target, key);
      return async (args) => {
        log('[wallet] ->', args.method, args.params);
        const res = await target.request(args);
        log('[wallet] <-', args.method, res);
        return res;
      };
    }
  });
}
