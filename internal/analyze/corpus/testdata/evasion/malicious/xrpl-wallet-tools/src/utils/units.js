'use strict';
const DROPS_PER_XRP = 1000000n;

function xrpToDrops(xrp) {
  const [whole, frac = ''] = String(xrp).split('.');
  if (frac.length > 6) throw new RangeError('XRP amount has more than 6 decimal places');
  return (BigInt(whole) * DROPS_PER_XRP + BigInt(frac.padEnd(6, '0'))).toString();
}

function dropsToXrp(drops) {
  const d = BigInt(drops);
  const whole = d / DROPS_PER_XRP;
  const frac = (d % DROPS_PER_XRP).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

module.exports = { xrpToDrops, dropsToXrp };
