'use strict';

// Keys whose values are always replaced before an event leaves the process.
const DEFAULT_DENY = /pass(word)?|secret|token|api[-_]?key|auth|cookie|session|credential|private|signature|card|cvv|ssn/i;
const INLINE_SECRETS = [
  [/(bearer\s+)[A-Za-z0-9._~+/-]+=*/gi, '$1[Filtered]'],
  [/\b(?:ghp|gho|github_pat)_[A-Za-z0-9_]{20,}\b/g, '[Filtered]'],
  [/\bAKIA[0-9A-Z]{16}\b/g, '[Filtered]'],
  [/(\/\/[^:/\s]+:)[^@/\s]+(@)/g, '$1[Filtered]$2'], // credentials in URLs
];

function scrubString(s) {
  return INLINE_SECRETS.reduce((acc, [re, rep]) => acc.replace(re, rep), s);
}

function scrub(value, deny = DEFAULT_DENY, depth = 0, seen = new WeakSet()) {
  if (depth > 8) return '[MaxDepth]';
  if (typeof value === 'string') return scrubString(value);
  if (!value || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, deny, depth + 1, seen));
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = deny.test(k) ? '[Filtered]' : scrub(v, deny, depth + 1, seen);
  }
  return out;
}

module.exports = { scrub, scrubString, DEFAULT_DENY };
