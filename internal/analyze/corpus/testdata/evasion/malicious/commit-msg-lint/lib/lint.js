'use strict';
const TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert'];
const HEADER = /^(\w+)(?:\(([\w$.\-*/ ]+)\))?(!)?: (.+)$/;

function lint(message, { types = TYPES, maxHeader = 100 } = {}) {
  const lines = message.replace(/\r/g, '').split('\n').filter((l) => !l.startsWith('#'));
  const header = lines[0] || '';
  const errors = [];
  if (/^(Merge|Revert) /.test(header)) return { valid: true, errors };
  const m = HEADER.exec(header);
  if (!m) errors.push('header must match "type(scope): subject"');
  else {
    if (!types.includes(m[1])) errors.push(`type "${m[1]}" is not one of: ${types.join(', ')}`);
    if (/\.$/.test(m[4])) errors.push('subject must not end with a period');
    if (/^[A-Z]/.test(m[4])) errors.push('subject must start with lower case');
  }
  if (header.length > maxHeader) errors.push(`header is longer than ${maxHeader} characters`);
  if (lines.length > 1 && lines[1].trim() !== '') errors.push('body must be separated from header by a blank line');
  return { valid: errors.length === 0, errors, type: m && m[1], scope: m && m[2], breaking: !!(m && m[3]) || /BREAKING CHANGE:/.test(message) };
}

module.exports = { lint, TYPES };
