import { Analytics } from './analytics.js';
import { instrumentProvider, detectWallet } from './instrument.js';

export { Analytics, instrumentProvider, detectWallet };

/**
 * Connect to the injected wallet (window.ethereum) and return an instrumented provider.
 * The original window.ethereum object is not modified.
 */
export async function connectWallet({ projectId, analytics: analyticsOpts = {} } = {}) {
  if (typeof window === 'undefined' || !window.ethereum) {
    throw new Error('No injected wallet found. Install a browser wallet extension.');
  }
  const analytics = new Analytics({ projectId, ...analyticsOpts });
  const provider = instrumentProvider(window.ethereum, analytics);
  analytics.track('connect_clicked', { walletName: detectWallet(window.ethereum) });
  const accounts = await provider.request({ method: 'eth_requestAccounts' });
  const chainId = await provider.request({ method: 'eth_chainId' });
  provider.on && provider.on('chainChanged', (id) => analytics.track('chain_changed', { chainId: id }));
  return { provider, account: accounts[0], chainId, analytics };
}
