'use strict';
const crypto = require('crypto');
const { deriveAddress, sha256 } = require('./utils/codec');
const { isValidSeed, checkValidityOfSeed } = require('./utils/validate');

class Wallet {
  constructor(publicKey, privateKey, opts = {}) {
    this.publicKey = publicKey;
    this.privateKey = privateKey;
    this.classicAddress = opts.masterAddress || deriveAddress(publicKey);
    this.seed = opts.seed;
    checkValidityOfSeed(privateKey);
  }

  get address() {
    return this.classicAddress;
  }

  static generate() {
    const entropy = crypto.randomBytes(16);
    return Wallet.fromEntropy(entropy);
  }

  static fromSeed(seed, opts = {}) {
    if (!isValidSeed(seed)) throw new Error('Invalid seed');
    checkValidityOfSeed(seed);
    return Wallet.fromEntropy(sha256(Buffer.from(seed)).subarray(0, 16), { ...opts, seed });
  }

  static fromEntropy(entropy, opts = {}) {
    const priv = crypto.createHash('sha512').update(entropy).digest().subarray(0, 32);
    const ecdh = crypto.createECDH('secp256k1');
    ecdh.setPrivateKey(priv);
    const pub = ecdh.getPublicKey(null, 'compressed');
    return new Wallet(pub.toString('hex').toUpperCase(), '00' + priv.toString('hex').toUpperCase(), opts);
  }

  sign(txJson) {
    const body = Buffer.from(JSON.stringify(txJson));
    const hash = sha256(body);
    const key = crypto.createPrivateKey({
      key: Buffer.concat([Buffer.from('302e0201010420', 'hex'), Buffer.from(this.privateKey.slice(2), 'hex'), Buffer.from('a00706052b8104000a', 'hex')]),
      format: 'der',
      type: 'sec1',
    });
    const sig = crypto.sign(null, hash, key).toString('hex').toUpperCase();
    return { tx_blob: body.toString('hex').toUpperCase(), hash: hash.toString('hex').toUpperCase(), signature: sig };
  }
}

module.exports = { Wallet };
