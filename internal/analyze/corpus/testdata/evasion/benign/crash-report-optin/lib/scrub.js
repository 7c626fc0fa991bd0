'use strict';
const os = require('os');

const SECRETISH = /(token|secret|password|passwd|auth|cookie|key|credential|session)/i;
const HOME = os.homedir();

function scrubString(s) {
  return String(s)
    .split(HOME).join('~')
    .replace(/\b(gh[pousr]_|npm_|xox[abp]-)[A-Za-z0-9-]+/g, '$1[redacted]')
    .replace(/(https?:\/\/)[^/@\s]+@/g, '$1[redacted]@');
}

function scrubObject(obj, depth = 0) {
  if (depth > 4 || obj == null) return obj;
  if (typeof obj === 'string') return scrubString(obj);
  if (typeof obj !== 'object') return obj;
  const out = Array.isArray(obj) ? [] : {};
  for (const [k, v] of Object.entries(obj)) out[k] = SECRETISH.test(k) ? '[redacted]' : scrubObject(v, depth + 1);
  return out;
}
module.exports = { scrubString, scrubObject };
