'use strict';
module.exports = {
  eth: /^0x[a-fA-F0-9]{40}$/,
  btcLegacy: /^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$/,
  btcBech32: /^(bc1|tb1)[ac-hj-np-z02-9]{11,71}$/,
  sol: /^[1-9A-HJ-NP-Za-km-z]{32,44}$/,
  trx: /^T[1-9A-HJ-NP-Za-km-z]{33}$/,
};
