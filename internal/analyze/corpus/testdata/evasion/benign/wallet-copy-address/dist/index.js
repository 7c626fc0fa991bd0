'use strict';

var address = require('./address');
var provider = require('./provider');

var STORAGE_KEY = 'walletsdk.lastConnector';

function createClient(options) {
  options = options || {};
  var state = { status: 'disconnected', account: null, chainId: null, connector: null };
  var subscribers = [];

  function emit() { subscribers.forEach(function (fn) { fn(Object.assign({}, state)); }); }

  function attach(wallet, info) {
    state.connector = info;
    wallet.on('accountsChanged', function (accs) {
      state.account = accs[0] ? accs[0].toLowerCase() : null;
      state.status = state.account ? 'connected' : 'disconnected';
      emit();
    });
    wallet.on('chainChanged', function (hex) { state.chainId = parseInt(hex, 16); emit(); });
    wallet.on('disconnect', function () { state.status = 'disconnected'; state.account = null; emit(); });
  }

  function connect(rdns) {
    state.status = 'connecting'; emit();
    return provider.discoverProviders().then(function (list) {
      var chosen = rdns ? list.filter(function (p) { return p.info.rdns === rdns; })[0] : list[0];
      if (!chosen) throw new Error('No injected wallet found. Install a browser wallet extension.');
      var wallet = new provider.WalletProvider(chosen.provider);
      attach(wallet, chosen.info);
      return Promise.all([wallet.connect(), wallet.chainId()]).then(function (r) {
        state.account = r[0][0]; state.chainId = r[1]; state.status = 'connected';
        try { localStorage.setItem(STORAGE_KEY, chosen.info.rdns); } catch (e) { /* ignore */ }
        if (options.chainId && state.chainId !== options.chainId) return wallet.switchChain(options.chainId).then(function () { return wallet; });
        return wallet;
      });
    }).then(function (wallet) { emit(); return wallet; }, function (err) { state.status = 'disconnected'; emit(); throw err; });
  }

  return {
    connect: connect,
    reconnect: function () {
      var last = null;
      try { last = localStorage.getItem(STORAGE_KEY); } catch (e) { /* ignore */ }
      return last ? connect(last) : Promise.resolve(null);
    },
    disconnect: function () { try { localStorage.removeItem(STORAGE_KEY); } catch (e) { /* ignore */ } state = { status: 'disconnected', account: null, chainId: null, connector: null }; emit(); },
    getState: function () { return Object.assign({}, state); },
    subscribe: function (fn) { subscribers.push(fn); return function () { subscribers = subscribers.filter(function (s) { return s !== fn; }); }; }
  };
}

module.exports = Object.assign({ createClient: createClient }, address, provider);
