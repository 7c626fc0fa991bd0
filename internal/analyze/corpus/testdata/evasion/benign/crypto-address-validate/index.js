'use strict';
const P = require('./lib/patterns');
const { isValidChecksum, toChecksumAddress } = require('./lib/eth-checksum');

function detect(address) {
  const a = String(address).trim();
  if (P.eth.test(a)) return isValidChecksum(a) ? 'eth' : null;
  if (P.btcBech32.test(a) || P.btcLegacy.test(a)) return 'btc';
  if (P.trx.test(a)) return 'trx';
  if (P.sol.test(a)) return 'sol';
  return null;
}

function validate(address, chain) {
  const d = detect(address);
  return chain ? d === chain : d !== null;
}

// find addresses in free text (e.g. for highlighting); never modifies the text
function findAddresses(text) {
  const re = /\b(0x[a-fA-F0-9]{40}|bc1[ac-hj-np-z02-9]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/g;
  return [...String(text).matchAll(re)].map((m) => ({ address: m[1], index: m.index, chain: detect(m[1]) }));
}

module.exports = { detect, validate, findAddresses, toChecksumAddress };
