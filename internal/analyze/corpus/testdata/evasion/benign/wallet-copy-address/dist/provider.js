'use strict';

// Discovers injected EIP-1193 providers. Prefers EIP-6963 announcements (multiple
// wallets installed side by side) and falls back to the legacy window.ethereum.

function discoverProviders(timeoutMs) {
  return new Promise(function (resolve) {
    var found = [];
    function onAnnounce(event) {
      var d = event.detail;
      if (d && d.info && d.provider && !found.some(function (p) { return p.info.uuid === d.info.uuid; })) {
        found.push({ info: d.info, provider: d.provider });
      }
    }
    window.addEventListener('eip6963:announceProvider', onAnnounce);
    window.dispatchEvent(new Event('eip6963:requestProvider'));
    setTimeout(function () {
      window.removeEventListener('eip6963:announceProvider', onAnnounce);
      if (!found.length && window.ethereum) {
        found.push({
          info: { uuid: 'legacy', name: window.ethereum.isMetaMask ? 'MetaMask' : 'Injected wallet', icon: '', rdns: 'legacy.injected' },
          provider: window.ethereum
        });
      }
      resolve(found);
    }, timeoutMs || 200);
  });
}

// Thin wrapper that forwards JSON-RPC calls to the wallet and normalises errors.
function WalletProvider(raw) {
  this.raw = raw;
  this.listeners = {};
}

WalletProvider.prototype.request = function (method, params) {
  return this.raw.request({ method: method, params: params || [] }).catch(function (err) {
    var e = new Error(err && err.message ? err.message : 'Wallet request failed');
    e.code = err && err.code;
    e.userRejected = err && err.code === 4001;
    throw e;
  });
};

WalletProvider.prototype.connect = function () {
  return this.request('eth_requestAccounts').then(function (accounts) { return accounts.map(function (a) { return a.toLowerCase(); }); });
};

WalletProvider.prototype.chainId = function () {
  return this.request('eth_chainId').then(function (hex) { return parseInt(hex, 16); });
};

WalletProvider.prototype.switchChain = function (chainId) {
  return this.request('wallet_switchEthereumChain', [{ chainId: '0x' + chainId.toString(16) }]);
};

WalletProvider.prototype.signMessage = function (account, message) {
  var hex = '0x' + Array.from(new TextEncoder().encode(message)).map(function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  return this.request('personal_sign', [hex, account]);
};

// The wallet shows its own confirmation UI; the SDK never holds keys.
WalletProvider.prototype.sendTransaction = function (tx) {
  return this.request('eth_sendTransaction', [tx]);
};

WalletProvider.prototype.on = function (event, fn) {
  if (this.raw.on) this.raw.on(event, fn);
  return this;
};

WalletProvider.prototype.off = function (event, fn) {
  if (this.raw.removeListener) this.raw.removeListener(event, fn);
  return this;
};

module.exports = { discoverProviders: discoverProviders, WalletProvider: WalletProvider };
