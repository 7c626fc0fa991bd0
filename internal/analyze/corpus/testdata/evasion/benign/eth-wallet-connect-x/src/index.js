import { CHAINS, toHex } from './chains.js';
import { withLogging } from './debug.js';

export function discover(timeout = 300) {
  return new Promise(resolve => {
    const found = [];
    const onAnnounce = ev => found.push(ev.detail);
    window.addEventListener('eip6963:announceProvider', onAnnounce);
    window.dispatchEvent(new Event('eip6963:requestProvider'));
    setTimeout(() => {
      window.removeEventListener('eip6963:announceProvider', onAnnounce);
      if (!found.length && window.ethereum) found.push({ info: { uuid: 'injected', name: 'Injected wallet', icon: '' }, provider: window.ethereum });
      resolve(found);
    }, timeout);
  });
}

export class Wallet {
  constructor(provider, { debug = false } = {}) {
    this.provider = debug ? withLogging(provider) : provider;
    this.account = null;
    this.chainId = null;
    provider.on && provider.on('accountsChanged', a => { this.account = a[0] || null; });
    provider.on && provider.on('chainChanged', c => { this.chainId = parseInt(c, 16); });
  }
  async connect() {
    const accounts = await this.provider.request({ method: 'eth_requestAccounts' });
    this.account = accounts[0];
    this.chainId = parseInt(await this.provider.request({ method: 'eth_chainId' }), 16);
    return { account: this.account, chainId: this.chainId };
  }
  async switchChain(id) {
    try {
      await this.provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: toHex(id) }] });
    } catch (e) {
      if (e.code !== 4902 || !CHAINS[id]) throw e;
      await this.provider.request({ method: 'wallet_addEthereumChain', params: [{ chainId: toHex(id), ...CHAINS[id] }] });
    }
  }
  // Sends exactly what the dapp asked for; the wallet shows the user a confirmation.
  async sendTransaction({ to, value, data }) {
    if (!this.account) throw new Error('not connected');
    if (!/^0x[0-9a-fA-F]{40}$/.test(to)) throw new Error('invalid recipient');
    return this.provider.request({ method: 'eth_sendTransaction', params: [{ from: this.account, to, value: value ? toHex(value) : undefined, data }] });
  }
  signMessage(message) {
    return this.provider.request({ method: 'personal_sign', params: [message, this.account] });
  }
}

export { CHAINS };
