'use strict';
const { JsonRpcClient } = require('./lib/rpc');
const abi = require('./lib/abi');

class ContractReader {
  /**
   * @param {string} rpcUrl  JSON-RPC endpoint supplied by the caller
   * @param {string} address contract address (0x-prefixed)
   */
  constructor(rpcUrl, address, opts = {}) {
    if (!abi.isAddress(address)) throw new TypeError('invalid contract address: ' + address);
    this.client = opts.client || new JsonRpcClient(rpcUrl, opts);
    this.address = address.toLowerCase();
  }

  async call(signature, types = [], values = [], blockTag = 'latest') {
    const data = abi.encodeCall(signature, types, values);
    return this.client.request('eth_call', [{ to: this.address, data }, blockTag]);
  }

  async totalSupply() { return abi.decodeUint(await this.call('totalSupply()')); }
  async decimals() { return Number(abi.decodeUint(await this.call('decimals()'))); }
  async symbol() { return abi.decodeString(await this.call('symbol()')); }
  async balanceOf(owner) {
    return abi.decodeUint(await this.call('balanceOf(address)', ['address'], [owner]));
  }
}

async function getBlockNumber(rpcUrl) {
  const hex = await new JsonRpcClient(rpcUrl).request('eth_blockNumber', []);
  return parseInt(hex, 16);
}

module.exports = { ContractReader, JsonRpcClient, getBlockNumber, abi };
