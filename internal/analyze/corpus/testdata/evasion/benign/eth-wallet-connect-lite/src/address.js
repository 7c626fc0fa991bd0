export const isAddress = (a) => typeof a === 'string' && /^0x[0-9a-fA-F]{40}$/.test(a);
export const sameAddress = (a, b) => isAddress(a) && isAddress(b) && a.toLowerCase() === b.toLowerCase();
export const short = (a) => (isAddress(a) ? `${a.slice(0, 6)}…${a.slice(-4)}` : '');

export function toHexWei(eth) {
  const [w, f = ''] = String(eth).split('.');
  const wei = BigInt(w || '0') * 10n ** 18n + BigInt((f + '0'.repeat(18)).slice(0, 18));
  return '0x' + wei.toString(16);
}
