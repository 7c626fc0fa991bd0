'use strict';
const HARDENED = 0x80000000;
const COIN_TYPES = { btc: 0, ltc: 2, doge: 3, eth: 60, etc: 61, atom: 118, sol: 501 };

function parsePath(p) {
  if (!/^m(\/\d+'?)*$/.test(p)) throw new Error(`invalid path: ${p}`);
  return p.split('/').slice(1).map((s) => (s.endsWith("'") ? parseInt(s, 10) + HARDENED : parseInt(s, 10)));
}

function formatPath(indices) {
  return 'm' + indices.map((i) => '/' + (i >= HARDENED ? `${i - HARDENED}'` : String(i))).join('');
}

module.exports = { parsePath, formatPath, COIN_TYPES, HARDENED };
