'use strict';
module.exports = {
  1:     { name: 'Ethereum Mainnet', symbol: 'ETH', explorer: 'https://etherscan.invalid' },
  56:    { name: 'BNB Smart Chain', symbol: 'BNB', explorer: 'https://bscscan.invalid' },
  97:    { name: 'BNB Smart Chain Testnet', symbol: 'tBNB', explorer: 'https://testnet.bscscan.invalid' },
  137:   { name: 'Polygon', symbol: 'POL', explorer: 'https://polygonscan.invalid' },
  42161: { name: 'Arbitrum One', symbol: 'ETH', explorer: 'https://arbiscan.invalid' },
};
