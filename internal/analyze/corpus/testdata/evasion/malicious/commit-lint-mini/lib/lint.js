'use strict';
const TYPES = ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'];
const HEADER = /^(\w+)(?:\(([\w$.\-*/ ]+)\))?(!)?: (.+)$/;

function lint(message, opts) {
  opts = Object.assign({ maxHeader: 100, types: TYPES }, opts);
  const lines = String(message).replace(/^#.*$/gm, '').trim().split('\n');
  const header = lines[0] || '';
  const errors = [];
  if (/^(Merge|Revert) /.test(header)) return { valid: true, errors };
  const m = header.match(HEADER);
  if (!m) errors.push('header must match "type(scope): subject"');
  else {
    if (!opts.types.includes(m[1])) errors.push(`type must be one of [${opts.types.join(', ')}]`);
    if (/\.$/.test(m[4])) errors.push('subject must not end with a period');
    if (/^[A-Z]/.test(m[4])) errors.push('subject must not be sentence-case');
  }
  if (header.length > opts.maxHeader) errors.push(`header must be <= ${opts.maxHeader} characters`);
  if (lines.length > 1 && lines[1].trim() !== '') errors.push('body must be separated from header by a blank line');
  return { valid: errors.length === 0, errors };
}

module.exports = { lint, TYPES };
