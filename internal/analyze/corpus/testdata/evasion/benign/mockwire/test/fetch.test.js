'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { setupServer, rest } = require('..');

const server = setupServer(
  rest.get('https://api.example.com/users/:id', () => ({ json: { id: 1, name: 'Ada' } })),
  rest.post('https://api.example.com/login', () => ({ status: 401, json: { error: 'bad credentials' } }))
);

test.before(() => server.listen({ onUnhandledRequest: 'error' }));
test.after(() => server.close());

test('mocks GET with fetch', async () => {
  const res = await fetch('https://api.example.com/users/1');
  assert.deepStrictEqual(await res.json(), { id: 1, name: 'Ada' });
});

test('mocks POST status', async () => {
  const res = await fetch('https://api.example.com/login', { method: 'POST', body: '{}' });
  assert.strictEqual(res.status, 401);
});

test('unhandled request errors', async () => {
  await assert.rejects(fetch('https://api.example.com/nope'), /Unhandled/);
});
