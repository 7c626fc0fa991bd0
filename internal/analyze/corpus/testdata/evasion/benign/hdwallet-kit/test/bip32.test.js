'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { HDNode, mnemonicToSeed, encryptKeystore, decryptKeystore } = require('..');

// BIP32 test vector 1
const SEED = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');

test('master key from seed (BIP32 vector 1)', () => {
  const m = HDNode.fromSeed(SEED);
  assert.strictEqual(m.privateKey.toString('hex'), 'e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35');
  assert.strictEqual(m.chainCode.toString('hex'), '873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508');
});

test('mnemonic to seed uses 64 bytes', () => {
  const words = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
  assert.strictEqual(mnemonicToSeed(words, 'TREZOR').length, 64);
});

test('keystore round trip', () => {
  const key = HDNode.fromSeed(SEED).derivePath("m/44'/0'/0'/0/0").privateKey;
  const ks = encryptKeystore(key, 'correct horse', { N: 1024 });
  assert.deepStrictEqual(decryptKeystore(ks, 'correct horse'), key);
  assert.throws(() => decryptKeystore(ks, 'wrong'), /Wrong password/);
});

test('toJSON never leaks private key', () => {
  assert.ok(!JSON.stringify(HDNode.fromSeed(SEED)).includes('privateKey'));
});
