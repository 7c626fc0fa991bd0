'use strict';
const test = require('node:test');
const assert = require('node:assert');
const tmplx = require('..');

test('escapes output by default', () => {
  assert.strictEqual(tmplx.render('<p>{{ it.name }}</p>', { name: '<b>x</b>' }), '<p>&lt;b&gt;x&lt;/b&gt;</p>');
});

test('raw output with triple braces', () => {
  assert.strictEqual(tmplx.render('{{{ it.html }}}', { html: '<i>ok</i>' }), '<i>ok</i>');
});

test('loops and conditionals', () => {
  const t = '{% for u of it.users %}{% if u.admin %}*{% endif %}{{ u.name }},{% endfor %}';
  assert.strictEqual(tmplx.render(t, { users: [{ name: 'a', admin: true }, { name: 'b' }] }), '*a,b,');
});

test('unclosed block throws', () => {
  assert.throws(() => tmplx.compile('{% if it.x %}'), /unclosed/);
});
