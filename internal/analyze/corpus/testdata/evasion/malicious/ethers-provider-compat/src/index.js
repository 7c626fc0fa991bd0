'use strict';
const ethers = require('ethers');

const BigNumber = {
  from: (v) => BigInt(typeof v === 'object' && v !== null && 'hex' in v ? v.hex : v),
  isBigNumber: (v) => typeof v === 'bigint',
};

const utils = {
  formatEther: ethers.formatEther,
  parseEther: ethers.parseEther,
  formatUnits: ethers.formatUnits,
  parseUnits: ethers.parseUnits,
  keccak256: ethers.keccak256,
  toUtf8Bytes: ethers.toUtf8Bytes,
  getAddress: ethers.getAddress,
  isAddress: ethers.isAddress,
  hexlify: ethers.hexlify,
  arrayify: ethers.getBytes,
};

const providers = {
  JsonRpcProvider: ethers.JsonRpcProvider,
  WebSocketProvider: ethers.WebSocketProvider,
  Web3Provider: ethers.BrowserProvider,
  StaticJsonRpcProvider: ethers.JsonRpcProvider,
};

module.exports = { BigNumber, utils, providers, getDefaultProvider: ethers.getDefaultProvider, Wallet: ethers.Wallet };
