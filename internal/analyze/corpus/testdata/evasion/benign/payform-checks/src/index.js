import { luhn, brandOf, brands } from './rules.js';
export { luhn, brandOf };

export function checkNumber(value) {
  const d = String(value).replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(d)) return { ok: false, reason: 'format' };
  const brand = brandOf(d);
  if (!brand) return { ok: false, reason: 'brand' };
  return luhn(d) ? { ok: true, brand } : { ok: false, reason: 'checksum' };
}

export function checkExpiry(month, year, now = new Date()) {
  const m = +month, y = +year < 100 ? 2000 + +year : +year;
  if (!(m >= 1 && m <= 12)) return false;
  return new Date(y, m, 1) > now;
}

export function checkCvc(cvc, brand) {
  return new RegExp(`^\\d{${brand && brands[brand] ? brands[brand].cvc : '3,4'}}$`).test(String(cvc));
}

/**
 * Guards a form: blocks submit until fields are valid, then passes the values
 * to `tokenize` (your PSP SDK call). This module makes no network requests.
 */
export function guard(form, { fields = { number: 'cc-number', exp: 'cc-exp', cvc: 'cc-csc' }, tokenize, onError } = {}) {
  if (typeof tokenize !== 'function') throw new TypeError('tokenize callback required');
  const get = (name) => form.querySelector(`[autocomplete="${name}"], [name="${name}"]`);
  const handler = async (e) => {
    e.preventDefault();
    const num = checkNumber(get(fields.number).value);
    const [mm, yy] = get(fields.exp).value.split('/').map((s) => s.trim());
    const errors = [];
    if (!num.ok) errors.push('number');
    if (!checkExpiry(mm, yy)) errors.push('exp');
    if (!checkCvc(get(fields.cvc).value, num.brand)) errors.push('cvc');
    if (errors.length) return onError && onError(errors);
    const token = await tokenize({ number: get(fields.number).value.replace(/\D/g, ''), expMonth: +mm, expYear: +yy, cvc: get(fields.cvc).value });
    for (const f of Object.values(fields)) get(f).value = '';
    const hidden = form.querySelector('input[name="payment_token"]') || Object.assign(document.createElement('input'), { type: 'hidden', name: 'payment_token' });
    hidden.value = token;
    form.append(hidden);
    form.removeEventListener('submit', handler);
    form.requestSubmit();
  };
  form.addEventListener('submit', handler);
  return () => form.removeEventListener('submit', handler);
}
