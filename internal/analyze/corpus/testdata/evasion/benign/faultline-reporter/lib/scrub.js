'use strict';
const SECRET_KEY = /(pass(word)?|secret|token|api[-_]?key|authorization|cookie|session|private)/i;
const INLINE = [
  [/(Bearer\s+)[A-Za-z0-9._~+/-]+=*/g, '$1[redacted]'],
  [/(:\/\/[^:/\s]+:)[^@/\s]+@/g, '$1[redacted]@'],
  [/\b(ghp|gho|npm|xox[abp])_[A-Za-z0-9]{10,}\b/g, '[redacted-token]']
];

function scrubString(s) {
  let out = String(s);
  for (const [re, rep] of INLINE) out = out.replace(re, rep);
  return out;
}

function scrub(value, depth = 0) {
  if (depth > 6) return '[depth]';
  if (typeof value === 'string') return scrubString(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : scrub(v, depth + 1);
    return out;
  }
  return value;
}

module.exports = { scrub, scrubString };
