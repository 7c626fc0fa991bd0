'use strict';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

function empty(v) {
  return v === null || v === undefined || (typeof v === 'string' && v.length === 0);
}

function email() {
  return (c) => (empty(c.value) || EMAIL.test(c.value) ? null : { email: { actual: c.value } });
}

function iban() {
  return (c) => {
    if (empty(c.value)) return null;
    const s = String(c.value).replace(/\s+/g, '').toUpperCase();
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return { iban: true };
    const rearranged = s.slice(4) + s.slice(0, 4);
    let rem = 0;
    for (const ch of rearranged) {
      const n = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
      rem = Number(String(rem) + n) % 97;
    }
    return rem === 1 ? null : { iban: true };
  };
}

function strongPassword(min = 10) {
  return (c) => {
    if (empty(c.value)) return null;
    const v = String(c.value);
    const errors = {};
    if (v.length < min) errors.minLength = min;
    if (!/[a-z]/.test(v)) errors.lower = true;
    if (!/[A-Z]/.test(v)) errors.upper = true;
    if (!/\d/.test(v)) errors.digit = true;
    if (!/[^A-Za-z0-9]/.test(v)) errors.symbol = true;
    return Object.keys(errors).length ? { strongPassword: errors } : null;
  };
}

function matches(other) {
  return (c) => {
    const parent = c.parent;
    if (!parent) return null;
    const o = parent.get ? parent.get(other) : parent[other];
    return o && o.value !== c.value ? { matches: other } : null;
  };
}

function range(min, max) {
  return (c) => {
    if (empty(c.value)) return null;
    const n = Number(c.value);
    return Number.isFinite(n) && n >= min && n <= max ? null : { range: { min, max, actual: c.value } };
  };
}

function phoneE164() {
  return (c) => (empty(c.value) || E164.test(String(c.value).replace(/[\s()-]/g, '')) ? null : { phone: true });
}

module.exports = { FormGuard: { email, iban, strongPassword, matches, range, phoneE164 } };
