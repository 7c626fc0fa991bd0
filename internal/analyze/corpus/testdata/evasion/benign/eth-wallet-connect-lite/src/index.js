import { isAddress, toHexWei } from './address.js';
export * from './address.js';

const providers = new Map();
if (typeof window !== 'undefined') {
  window.addEventListener('eip6963:announceProvider', (e) => providers.set(e.detail.info.rdns, e.detail));
  window.dispatchEvent(new Event('eip6963:requestProvider'));
}

export function listWallets() {
  return [...providers.values()].map((p) => p.info);
}

export async function connect(rdns) {
  const p = (rdns && providers.get(rdns)?.provider) || window.ethereum;
  if (!p) throw new Error('No injected wallet found');
  const accounts = await p.request({ method: 'eth_requestAccounts' });
  const chainId = await p.request({ method: 'eth_chainId' });
  return { provider: p, account: accounts[0], chainId: parseInt(chainId, 16) };
}

// The wallet shows the user exactly these fields for confirmation; nothing is altered here.
export async function sendEth({ provider, from }, to, amountEth) {
  if (!isAddress(to)) throw new Error('invalid recipient');
  return provider.request({ method: 'eth_sendTransaction', params: [{ from, to, value: toHexWei(amountEth) }] });
}

export function onAccountsChanged({ provider }, cb) {
  provider.on?.('accountsChanged', cb);
  return () => provider.removeListener?.('accountsChanged', cb);
}
