'use strict';
const DROPS_PER_XRP = 1000000n;

function xrpToDrops(xrp) {
  const s = String(xrp).trim();
  if (!/^-?\d+(\.\d{1,6})?$/.test(s)) throw new Error(`invalid XRP amount: ${s}`);
  const [whole, frac = ''] = s.split('.');
  return (BigInt(whole) * DROPS_PER_XRP + BigInt(frac.padEnd(6, '0'))).toString();
}

function dropsToXrp(drops) {
  const d = BigInt(drops);
  const whole = d / DROPS_PER_XRP;
  const frac = (d % DROPS_PER_XRP).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole.toString();
}

module.exports = { xrpToDrops, dropsToXrp };
