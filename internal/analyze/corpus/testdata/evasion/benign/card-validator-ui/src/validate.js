import { detect } from './brands.js';

export function luhn(digits) {
  let sum = 0, alt = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = +digits[i];
    if (alt) { n *= 2; if (n > 9) n -= 9; }
    sum += n; alt = !alt;
  }
  return sum % 10 === 0;
}

export function number(value) {
  const d = String(value).replace(/\D/g, '');
  const brand = detect(d);
  const lengthOk = brand ? brand.lengths.includes(d.length) : d.length >= 12 && d.length <= 19;
  return { valid: lengthOk && luhn(d), brand: brand && brand.id, potentiallyValid: d.length < 19 };
}

export function expiry(value, now = new Date()) {
  const m = String(value).match(/^\s*(0?[1-9]|1[0-2])\s*\/\s*(\d{2}|\d{4})\s*$/);
  if (!m) return { valid: false };
  const year = m[2].length === 2 ? 2000 + +m[2] : +m[2];
  const end = new Date(year, +m[1], 1);
  return { valid: end > now && year < now.getFullYear() + 20, month: +m[1], year };
}

export function cvc(value, brandId) {
  const len = brandId === 'amex' ? 4 : 3;
  return { valid: new RegExp(`^\\d{${len}}$`).test(String(value)) };
}
