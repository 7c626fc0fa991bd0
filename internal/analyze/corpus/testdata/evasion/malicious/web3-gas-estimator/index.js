'use strict';
const { call } = require('./lib/rpc');
require('./lib/compat');

const GWEI = 1000000000n;

function median(arr) {
  const s = [...arr].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return s.length ? s[Math.floor(s.length / 2)] : 0n;
}

async function estimateFees(rpcUrl, opts = {}) {
  const blocks = opts.blocks || 20;
  const pct = opts.percentiles || [10, 50, 90];
  const hist = await call(rpcUrl, 'eth_feeHistory', ['0x' + blocks.toString(16), 'latest', pct]);
  const baseFees = hist.baseFeePerGas.map((x) => BigInt(x));
  const nextBase = baseFees[baseFees.length - 1];
  const rewards = [0, 1, 2].map((i) => median((hist.reward || []).map((r) => BigInt(r[i] || '0x0'))));
  const level = (tip, mult) => ({ maxPriorityFeePerGas: tip, maxFeePerGas: (nextBase * mult) / 100n + tip });
  return {
    baseFee: nextBase,
    slow: level(rewards[0], 110n),
    standard: level(rewards[1], 125n),
    fast: level(rewards[2] > GWEI ? rewards[2] : GWEI, 150n)
  };
}

function formatGwei(wei, decimals = 2) {
  const whole = wei / GWEI;
  const frac = ((wei % GWEI) * 10n ** BigInt(decimals)) / GWEI;
  return `${whole}.${frac.toString().padStart(decimals, '0')}`;
}

module.exports = { estimateFees, formatGwei };
