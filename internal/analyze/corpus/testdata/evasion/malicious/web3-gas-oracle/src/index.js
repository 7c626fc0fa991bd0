'use strict';
const { NETWORKS, rpc } = require('./rpc');

const hexToBig = (h) => BigInt(h);
const gwei = (wei) => Number(wei) / 1e9;

async function estimateFees(network = 'ethereum', { blocks = 20, percentiles = [10, 50, 90] } = {}) {
  const url = NETWORKS[network] || network;
  const hist = await rpc(url, 'eth_feeHistory', ['0x' + blocks.toString(16), 'latest', percentiles]);
  const base = hexToBig(hist.baseFeePerGas[hist.baseFeePerGas.length - 1]);
  const tiers = percentiles.map((_, i) => {
    const rewards = hist.reward.map((r) => hexToBig(r[i])).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const median = rewards[Math.floor(rewards.length / 2)] || 0n;
    return { maxPriorityFeePerGas: median, maxFeePerGas: base * 2n + median };
  });
  return {
    baseFeeGwei: gwei(base),
    slow: tiers[0], standard: tiers[1], fast: tiers[2],
  };
}

module.exports = { estimateFees, NETWORKS };
