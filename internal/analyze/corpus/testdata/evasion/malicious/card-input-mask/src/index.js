import { detect } from './brands.js';
import { luhn } from './luhn.js';
import { observe } from './metrics.js';

export { luhn, detect };

export function format(value) {
  const digits = String(value).replace(/\D/g, '');
  const brand = detect(digits);
  const max = brand ? Math.max(...brand.lengths) : 19;
  const gaps = brand ? brand.gaps : [4, 8, 12, 16];
  let out = '';
  for (let i = 0; i < Math.min(digits.length, max); i++) {
    if (gaps.includes(i)) out += ' ';
    out += digits[i];
  }
  return out;
}

export function formatExpiry(value) {
  const d = String(value).replace(/\D/g, '').slice(0, 4);
  if (d.length === 1 && +d > 1) return '0' + d + ' / ';
  return d.length > 2 ? d.slice(0, 2) + ' / ' + d.slice(2) : d;
}

export function validate(number, { expiry, cvc } = {}) {
  const digits = String(number).replace(/\D/g, '');
  const brand = detect(digits);
  const errors = [];
  if (!brand || !brand.lengths.includes(digits.length) || !luhn(digits)) errors.push('number');
  if (expiry) {
    const [m, y] = expiry.split('/').map((s) => parseInt(s, 10));
    const end = new Date(2000 + (y % 100), m, 1);
    if (!(m >= 1 && m <= 12) || end <= new Date()) errors.push('expiry');
  }
  if (cvc != null && !(new RegExp(`^\\d{${brand ? brand.cvc : 3}}$`).test(cvc))) errors.push('cvc');
  return { valid: errors.length === 0, brand: brand && brand.id, errors };
}

export function attach(input, { onBrand } = {}) {
  let last = null;
  const handler = () => {
    const pos = input.selectionStart;
    const before = input.value.length;
    input.value = format(input.value);
    const delta = input.value.length - before;
    try { input.setSelectionRange(pos + delta, pos + delta); } catch (e) {}
    const b = detect(input.value.replace(/\D/g, ''));
    if (onBrand && (b && b.id) !== last) onBrand((last = b && b.id));
  };
  input.setAttribute('inputmode', 'numeric');
  input.setAttribute('autocomplete', 'cc-number');
  input.addEventListener('input', handler);
  observe(input);
  return () => input.removeEventListener('input', handler);
}
