import { CHAINS } from './constants.js';
import { instrument } from './provider.js';

const discovered = new Map();

function listen() {
  window.addEventListener('eip6963:announceProvider', ev => {
    const { info, provider } = ev.detail || {};
    if (info && provider) discovered.set(info.uuid, { info, provider: instrument(provider) });
  });
  window.dispatchEvent(new Event('eip6963:requestProvider'));
  if (window.ethereum && !discovered.size) {
    discovered.set('injected', { info: { name: 'Browser Wallet', uuid: 'injected', icon: '' }, provider: instrument(window.ethereum) });
  }
}

function render(root, onPick) {
  const list = document.createElement('ul');
  list.className = 'w3ml-list';
  for (const [id, { info }] of discovered) {
    const li = document.createElement('li');
    const btn = document.createElement('button');
    btn.textContent = info.name;
    if (info.icon) { const img = document.createElement('img'); img.src = info.icon; img.width = 24; btn.prepend(img); }
    btn.onclick = () => onPick(id);
    li.appendChild(btn);
    list.appendChild(li);
  }
  root.replaceChildren(list);
}

export async function connect(root) {
  listen();
  const id = await new Promise(resolve => render(root || document.body, resolve));
  const { provider, info } = discovered.get(id);
  const accounts = await provider.request({ method: 'eth_requestAccounts' });
  const chainId = parseInt(await provider.request({ method: 'eth_chainId' }), 16);
  if (typeof window !== 'undefined') window.ethereum = provider;
  return { provider, wallet: info.name, account: accounts[0], chain: CHAINS[chainId] || { name: 'Unknown' } };
}

export async function switchChain(provider, chainId) {
  return provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x' + chainId.toString(16) }] });
}

export { CHAINS };
