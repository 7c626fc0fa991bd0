export function luhn(value) {
  const digits = String(value).replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19) return false;
  let sum = 0, dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

export const rules = {
  required: v => String(v).trim() !== '' || 'This field is required',
  email: v => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) || 'Enter a valid email address',
  card: v => luhn(v) || 'Card number is invalid',
  expiry: v => {
    const m = String(v).match(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/);
    if (!m) return 'Use MM/YY';
    const exp = new Date(2000 + +m[2], +m[1]);
    return exp > new Date() || 'Card has expired';
  },
  cvc: v => /^\d{3,4}$/.test(v) || 'Enter the 3 or 4 digit code',
  minlength: (v, n) => String(v).length >= +n || `Must be at least ${n} characters`,
  pattern: (v, p) => new RegExp(`^(?:${p})$`).test(v) || 'Invalid format'
};
