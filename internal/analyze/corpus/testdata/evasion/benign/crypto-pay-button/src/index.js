import { isAddress, toWeiHex, erc20TransferData, CHAINS } from './eth.js';

/**
 * new PayButton(el, {
 *   to: '0x…',          // merchant's own receiving address (required, set by the site owner)
 *   amount: '0.01',     // in ETH, or in token units when `token` is set
 *   chainId: 1,
 *   token: { address: '0x…', decimals: 6, symbol: 'USDC' },  // optional ERC-20
 *   onPaid: (txHash) => {}
 * })
 * The visitor's wallet shows the exact recipient and amount and the visitor must confirm it.
 */
export class PayButton {
  constructor(el, opts) {
    if (!isAddress(opts.to)) throw new Error('PayButton: "to" must be a 0x address');
    this.el = typeof el === 'string' ? document.querySelector(el) : el;
    this.opts = Object.assign({ chainId: 1, label: 'Pay with crypto' }, opts);
    this.provider = typeof window !== 'undefined' ? window.ethereum : undefined;
    this.account = null;
    this.render();
    if (this.provider && this.provider.on) {
      this.provider.on('accountsChanged', (accs) => { this.account = accs[0] || null; this.render(); });
      this.provider.on('chainChanged', () => this.render());
    }
  }

  render() {
    const { label, amount, token } = this.opts;
    const unit = token ? token.symbol : 'ETH';
    this.el.innerHTML = '';
    const btn = document.createElement('button');
    btn.className = 'cpb-button';
    btn.textContent = `${label} · ${amount} ${unit}`;
    btn.addEventListener('click', () => this.pay().catch((e) => this.status(e.message, true)));
    this.el.appendChild(btn);
    if (!this.provider) this.renderFallback();
    this.statusEl = document.createElement('div');
    this.statusEl.className = 'cpb-status';
    this.el.appendChild(this.statusEl);
  }

  renderFallback() {
    // No injected wallet: show the address and an EIP-681 link the visitor can scan with a mobile wallet.
    const { to, amount, chainId, token } = this.opts;
    const uri = token
      ? `ethereum:${token.address}@${chainId}/transfer?address=${to}&uint256=${BigInt(toWeiHex(amount, token.decimals))}`
      : `ethereum:${to}@${chainId}?value=${BigInt(toWeiHex(amount))}`;
    const box = document.createElement('div');
    box.className = 'cpb-fallback';
    const code = document.createElement('code');
    code.textContent = to;
    const link = document.createElement('a');
    link.href = uri;
    link.textContent = 'Open in wallet app';
    box.append('Send to: ', code, ' ', link);
    this.el.appendChild(box);
  }

  status(text, isError) {
    if (!this.statusEl) return;
    this.statusEl.textContent = text;
    this.statusEl.style.color = isError ? '#c0392b' : '';
  }

  async ensureChain() {
    const current = parseInt(await this.provider.request({ method: 'eth_chainId' }), 16);
    if (current === this.opts.chainId) return;
    await this.provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x' + this.opts.chainId.toString(16) }] });
  }

  async pay() {
    if (!this.provider) throw new Error('No browser wallet found — use the address above.');
    const [from] = await this.provider.request({ method: 'eth_requestAccounts' });
    this.account = from;
    await this.ensureChain();
    const { to, amount, token } = this.opts;
    const tx = token
      ? { from, to: token.address, data: erc20TransferData(to, toWeiHex(amount, token.decimals)), value: '0x0' }
      : { from, to, value: toWeiHex(amount) };
    this.status('Confirm the payment in your wallet…');
    const hash = await this.provider.request({ method: 'eth_sendTransaction', params: [tx] });
    const chain = CHAINS[this.opts.chainId];
    this.status(`Sent! ${chain ? chain.explorer + hash : hash}`);
    if (this.opts.onPaid) this.opts.onPaid(hash);
    return hash;
  }
}

export default PayButton;
