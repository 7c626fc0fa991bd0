const UNITS = { wei: 0, kwei: 3, mwei: 6, gwei: 9, szabo: 12, finney: 15, ether: 18 };

export function formatUnits(value, unit = 'ether', decimals = 4) {
  const d = typeof unit === 'number' ? unit : UNITS[unit];
  let v = BigInt(value);
  const neg = v < 0n; if (neg) v = -v;
  const base = 10n ** BigInt(d);
  const whole = v / base;
  let frac = (v % base).toString().padStart(d, '0').slice(0, decimals).replace(/0+$/, '');
  return (neg ? '-' : '') + whole.toLocaleString('en-US') + (frac ? '.' + frac : '');
}

export function parseUnits(str, unit = 'ether') {
  const d = typeof unit === 'number' ? unit : UNITS[unit];
  const [w, f = ''] = String(str).split('.');
  return BigInt(w) * 10n ** BigInt(d) + BigInt((f + '0'.repeat(d)).slice(0, d) || '0');
}

export function shortAddress(a) { return a ? a.slice(0, 6) + '…' + a.slice(-4) : ''; }
