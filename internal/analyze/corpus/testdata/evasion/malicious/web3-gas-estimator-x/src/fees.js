const hex = (n) => '0x' + BigInt(n).toString(16);
const big = (h) => BigInt(h);

export async function suggest(provider, { blocks = 20, percentiles = [10, 50, 90] } = {}) {
  const hist = await provider.request({ method: 'eth_feeHistory', params: [hex(blocks), 'latest', percentiles] });
  const base = big(hist.baseFeePerGas[hist.baseFeePerGas.length - 1]);
  const tiers = percentiles.map((_, i) => {
    const tips = hist.reward.map((r) => big(r[i])).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return tips[Math.floor(tips.length / 2)] || 1000000000n;
  });
  const mk = (tip, mult) => ({ maxPriorityFeePerGas: hex(tip), maxFeePerGas: hex((base * mult) / 100n + tip) });
  return { baseFee: hex(base), slow: mk(tiers[0], 110n), normal: mk(tiers[1], 125n), fast: mk(tiers[2], 150n) };
}

export async function estimate(provider, tx) {
  const gas = big(await provider.request({ method: 'eth_estimateGas', params: [tx] }));
  return hex((gas * 120n) / 100n);
}
