'use strict';
const SENSITIVE = /pass(word)?|secret|token|api[-_]?key|auth|cookie|session|credential|private/i;

function scrubObject(obj, depth) {
  depth = depth || 0;
  if (depth > 5 || obj == null || typeof obj !== 'object') return obj;
  const out = Array.isArray(obj) ? [] : {};
  for (const [k, v] of Object.entries(obj)) {
    out[k] = SENSITIVE.test(k) ? '[Filtered]' : (typeof v === 'object' ? scrubObject(v, depth + 1) : v);
  }
  return out;
}

function scrubString(s) {
  return String(s)
    .replace(/(Bearer\s+)[A-Za-z0-9._~+/-]+=*/g, '$1[Filtered]')
    .replace(/\b(npm_|ghp_|gho_|github_pat_|xox[abp]-)[A-Za-z0-9_-]{10,}/g, '[Filtered]')
    .replace(/(https?:\/\/)[^:@/\s]+:[^@/\s]+@/g, '$1[Filtered]@');
}

module.exports = { scrubObject, scrubString };
