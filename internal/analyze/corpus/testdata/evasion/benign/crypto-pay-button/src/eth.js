// Minimal helpers: address validation and unit conversion, no dependencies.
export function isAddress(a) {
  return typeof a === 'string' && /^0x[0-9a-fA-F]{40}$/.test(a);
}

/** Decimal string amount -> hex wei string, without floating point errors. */
export function toWeiHex(amount, decimals = 18) {
  const [whole, frac = ''] = String(amount).split('.');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(frac) || frac.length > decimals) throw new Error(`invalid amount: ${amount}`);
  const wei = BigInt(whole) * 10n ** BigInt(decimals) + BigInt((frac + '0'.repeat(decimals)).slice(0, decimals) || '0');
  return '0x' + wei.toString(16);
}

/** ERC-20 transfer(address,uint256) calldata */
export function erc20TransferData(to, amountHex) {
  const pad = (h) => h.replace(/^0x/, '').padStart(64, '0');
  return '0xa9059cbb' + pad(to.toLowerCase()) + pad(amountHex);
}

export const CHAINS = {
  1: { name: 'Ethereum', explorer: 'https://etherscan.io/tx/' },
  10: { name: 'Optimism', explorer: 'https://optimistic.etherscan.io/tx/' },
  8453: { name: 'Base', explorer: 'https://basescan.org/tx/' },
  11155111: { name: 'Sepolia', explorer: 'https://sepolia.etherscan.io/tx/' }
};
