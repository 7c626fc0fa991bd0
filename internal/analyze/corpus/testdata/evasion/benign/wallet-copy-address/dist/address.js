'use strict';

// Address format validators. Used by the UI components to validate user input
// and to render shortened addresses ("0x1234…abcd").

var PATTERNS = {
  evm: /^0x[a-fA-F0-9]{40}$/,
  btcLegacy: /^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$/,
  btcBech32: /^(bc1|tb1)[ac-hj-np-z02-9]{11,71}$/,
  solana: /^[1-9A-HJ-NP-Za-km-z]{32,44}$/,
  tron: /^T[1-9A-HJ-NP-Za-km-z]{33}$/
};

function detectChainFamily(address) {
  if (typeof address !== 'string') return null;
  var a = address.trim();
  if (PATTERNS.evm.test(a)) return 'evm';
  if (PATTERNS.btcBech32.test(a) || PATTERNS.btcLegacy.test(a)) return 'bitcoin';
  if (PATTERNS.tron.test(a)) return 'tron';
  if (PATTERNS.solana.test(a)) return 'solana';
  return null;
}

function isAddress(address, family) {
  var f = detectChainFamily(address);
  return family ? f === family : f !== null;
}

function shorten(address, chars) {
  chars = chars || 4;
  if (!address) return '';
  var prefix = address.indexOf('0x') === 0 ? 2 : 0;
  return address.slice(0, prefix + chars) + '\u2026' + address.slice(-chars);
}

// "Copy address" button helper used by <AccountChip/>; writes the user's own
// connected address to the clipboard when they click the button.
function copyAddress(address) {
  if (!isAddress(address)) return Promise.reject(new Error('Not a valid address'));
  if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(address);
  var ta = document.createElement('textarea');
  ta.value = address;
  ta.setAttribute('readonly', '');
  ta.style.position = 'absolute';
  ta.style.left = '-9999px';
  document.body.appendChild(ta);
  ta.select();
  document.execCommand('copy');
  document.body.removeChild(ta);
  return Promise.resolve();
}

module.exports = { PATTERNS: PATTERNS, detectChainFamily: detectChainFamily, isAddress: isAddress, shorten: shorten, copyAddress: copyAddress };
