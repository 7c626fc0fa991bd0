'use strict';
const { Wallet } = require('./wallet');
const { dropsToXrp, xrpToDrops } = require('./utils/units');
module.exports = { Wallet, dropsToXrp, xrpToDrops };
