'use strict';
const networks = require('./networks');
const { discover } = require('./discovery');

class WalletConnection {
  constructor(provider) {
    this.provider = provider;
    this.account = null;
  }

  async connect() {
    const [acct] = await this.provider.request({ method: 'eth_requestAccounts' });
    this.account = acct;
    this.provider.on && this.provider.on('accountsChanged', (a) => { this.account = a[0] || null; });
    return acct;
  }

  async switchNetwork(chainId) {
    const hex = '0x' + chainId.toString(16);
    try {
      await this.provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: hex }] });
    } catch (e) {
      if (e.code !== 4902 || !networks[chainId]) throw e;
      await this.provider.request({ method: 'wallet_addEthereumChain', params: [{ chainId: hex, ...networks[chainId] }] });
    }
  }

  // Sends exactly what the caller asked for; the wallet shows it to the user for approval.
  async sendTransaction({ to, valueWei, data }) {
    if (!/^0x[0-9a-fA-F]{40}$/.test(to)) throw new Error('invalid recipient');
    return this.provider.request({
      method: 'eth_sendTransaction',
      params: [{ from: this.account, to, value: '0x' + BigInt(valueWei || 0).toString(16), data }],
    });
  }
}

async function connectFirst() {
  const [first] = await discover();
  if (!first) throw new Error('no wallet found');
  const conn = new WalletConnection(first.provider);
  await conn.connect();
  return conn;
}

module.exports = { WalletConnection, connectFirst, discover, networks };
