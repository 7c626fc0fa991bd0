'use strict';
const { decode, checkDecode } = require('./base58');

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bech32Valid(addr) {
  const a = addr.toLowerCase();
  const pos = a.lastIndexOf('1');
  if (pos < 1 || pos + 7 > a.length || a.length > 90) return false;
  const hrp = a.slice(0, pos);
  const data = [...a.slice(pos + 1)].map((c) => BECH.indexOf(c));
  if (data.includes(-1)) return false;
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  const vals = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31), data);
  for (const v of vals) {
    const top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >> i) & 1) chk ^= G[i];
  }
  return chk === 1 || chk === 0x2bc830a3;
}

function isBTC(addr) {
  if (/^(bc1|tb1)/i.test(addr)) return bech32Valid(addr);
  const p = checkDecode(addr);
  return !!p && p.length === 21 && [0x00, 0x05, 0x6f, 0xc4].includes(p[0]);
}

function isETH(addr) {
  return /^0x[0-9a-fA-F]{40}$/.test(addr);
}

function isSOL(addr) {
  if (!/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(addr)) return false;
  const b = decode(addr);
  return !!b && b.length === 32;
}

function detect(addr) {
  if (isBTC(addr)) return 'BTC';
  if (isETH(addr)) return 'ETH';
  if (isSOL(addr)) return 'SOL';
  return null;
}

module.exports = { isBTC, isETH, isSOL, detect, bech32Valid };
