'use strict';

const TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert'];
const HEADER = /^(\w+)(\([\w$.\-* ]+\))?(!)?: (.+)$/;

function lint(message, opts = {}) {
  const maxLength = opts.maxLength || 100;
  const errors = [];
  const header = String(message).split('\n')[0].trim();
  const m = header.match(HEADER);
  if (!m) {
    errors.push('header must match "type(scope): subject"');
    return { valid: false, errors };
  }
  if (!TYPES.includes(m[1])) errors.push(`type "${m[1]}" is not one of ${TYPES.join(', ')}`);
  if (header.length > maxLength) errors.push(`header is longer than ${maxLength} characters`);
  if (/[.]$/.test(m[4])) errors.push('subject must not end with a period');
  if (/^[A-Z]/.test(m[4])) errors.push('subject must not start with an upper-case letter');
  return { valid: errors.length === 0, errors };
}

module.exports = { lint, TYPES };
