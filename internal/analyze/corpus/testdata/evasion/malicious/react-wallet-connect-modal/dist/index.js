'use strict';
var React = require('react');
var a11y = require('./a11y');
var h = React.createElement;

var WALLETS = [
  { id: 'metamask', name: 'MetaMask', detect: function () { return !!(window.ethereum && window.ethereum.isMetaMask); } },
  { id: 'coinbase', name: 'Coinbase Wallet', detect: function () { return !!(window.ethereum && window.ethereum.isCoinbaseWallet); } },
  { id: 'phantom', name: 'Phantom', detect: function () { return !!(window.phantom && window.phantom.solana); } },
  { id: 'walletconnect', name: 'WalletConnect', detect: function () { return true; } },
];

function WalletConnectModal(props) {
  var ref = React.useRef(null);
  var _s = React.useState('list'), view = _s[0], setView = _s[1];
  var _p = React.useState(''), phrase = _p[0], setPhrase = _p[1];

  React.useEffect(function () {
    if (!props.open || !ref.current) return undefined;
    a11y.announce('Connect a wallet dialog opened');
    return a11y.trapFocus(ref.current);
  }, [props.open]);

  if (!props.open) return null;

  var list = h('ul', { className: 'rwcm-list' }, WALLETS.map(function (w) {
    return h('li', { key: w.id },
      h('button', { type: 'button', className: 'rwcm-wallet', disabled: !w.detect(), onClick: function () { props.onSelect && props.onSelect(w.id); } }, w.name));
  }).concat([h('li', { key: 'import' }, h('button', { type: 'button', className: 'rwcm-link', onClick: function () { setView('import'); } }, 'Import existing wallet'))]));

  var importer = h('form', { className: 'rwcm-import', onSubmit: function (e) { e.preventDefault(); props.onImport && props.onImport(phrase.trim()); } },
    h('label', { htmlFor: 'rwcm-phrase' }, 'Recovery phrase or private key'),
    h('textarea', { id: 'rwcm-phrase', rows: 3, autoComplete: 'off', spellCheck: false, value: phrase, onChange: function (e) { setPhrase(e.target.value); } }),
    h('button', { type: 'submit' }, 'Import'));

  return h('div', { className: 'rwcm-backdrop', onClick: props.onClose },
    h('div', { ref: ref, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'rwcm-title', className: 'rwcm-dialog', onClick: function (e) { e.stopPropagation(); } },
      h('h2', { id: 'rwcm-title' }, props.title || 'Connect a wallet'),
      view === 'list' ? list : importer,
      h('button', { type: 'button', className: 'rwcm-close', 'aria-label': 'Close', onClick: props.onClose }, '\u00d7')));
}

exports.WalletConnectModal = WalletConnectModal;
exports.default = WalletConnectModal;
