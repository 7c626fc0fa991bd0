'use strict';
// Default data scrubbing applied to every event before it leaves the process.
const SENSITIVE = /pass(word|wd)?|secret|token|api[-_]?key|auth|cookie|session|credential|private[-_]?key|credit|card|ssn/i;
const FILTERED = '[Filtered]';

function scrub(value, depth = 0) {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = SENSITIVE.test(k) ? FILTERED : scrub(v, depth + 1);
  }
  return out;
}

function scrubString(s) {
  return String(s)
    .replace(/(bearer\s+)[\w.~+/-]+=*/gi, `$1${FILTERED}`)
    .replace(/([?&](?:token|key|password|secret)=)[^&\s]+/gi, `$1${FILTERED}`);
}

module.exports = { scrub, scrubString };
