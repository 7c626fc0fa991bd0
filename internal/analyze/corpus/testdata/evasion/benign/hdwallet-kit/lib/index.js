'use strict';
const crypto = require('crypto');
const { checkEncode } = require('./base58');

const N = BigInt('0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141');
const HARDENED = 0x80000000;

// BIP39: mnemonic sentence -> 64-byte seed (PBKDF2-HMAC-SHA512, 2048 rounds).
function mnemonicToSeed(mnemonic, passphrase = '') {
  const m = mnemonic.normalize('NFKD').trim().split(/\s+/).join(' ');
  if (![12, 15, 18, 21, 24].includes(m.split(' ').length)) throw new Error('Invalid mnemonic length');
  return crypto.pbkdf2Sync(m, 'mnemonic' + passphrase.normalize('NFKD'), 2048, 64, 'sha512');
}

function publicKeyOf(privateKey) {
  const ecdh = crypto.createECDH('secp256k1');
  ecdh.setPrivateKey(privateKey);
  return ecdh.getPublicKey(null, 'compressed');
}

function ser32(i) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(i >>> 0);
  return b;
}

function toKey(bigint) {
  return Buffer.from(bigint.toString(16).padStart(64, '0'), 'hex');
}

class HDNode {
  constructor(privateKey, chainCode, depth = 0, index = 0) {
    this.privateKey = privateKey;
    this.chainCode = chainCode;
    this.depth = depth;
    this.index = index;
    this.publicKey = publicKeyOf(privateKey);
  }

  static fromSeed(seed) {
    const I = crypto.createHmac('sha512', 'Bitcoin seed').update(seed).digest();
    return new HDNode(I.subarray(0, 32), I.subarray(32));
  }

  deriveChild(index) {
    const data = index >= HARDENED
      ? Buffer.concat([Buffer.alloc(1), this.privateKey, ser32(index)])
      : Buffer.concat([this.publicKey, ser32(index)]);
    const I = crypto.createHmac('sha512', this.chainCode).update(data).digest();
    const IL = BigInt('0x' + I.subarray(0, 32).toString('hex'));
    if (IL >= N) return this.deriveChild(index + 1);
    const k = (IL + BigInt('0x' + this.privateKey.toString('hex'))) % N;
    if (k === 0n) return this.deriveChild(index + 1);
    return new HDNode(toKey(k), I.subarray(32), this.depth + 1, index);
  }

  // path like "m/44'/0'/0'/0/0"
  derivePath(path) {
    const segments = path.split('/');
    if (segments.shift() !== 'm') throw new Error('Path must start with m/');
    return segments.reduce((node, seg) => {
      const hardened = seg.endsWith("'") || seg.endsWith('h');
      const i = parseInt(seg, 10);
      if (!Number.isInteger(i) || i < 0 || i >= HARDENED) throw new Error(`Bad path segment ${seg}`);
      return node.deriveChild(hardened ? i + HARDENED : i);
    }, this);
  }

  p2pkhAddress(version = 0x00) {
    const sha = crypto.createHash('sha256').update(this.publicKey).digest();
    const h160 = crypto.createHash('ripemd160').update(sha).digest();
    return checkEncode(Buffer.concat([Buffer.from([version]), h160]));
  }

  // Never serialize private keys implicitly (e.g. in logs / JSON.stringify).
  toJSON() {
    return { depth: this.depth, index: this.index, publicKey: this.publicKey.toString('hex') };
  }
}

// Encrypted keystore so apps can store a private key at rest with a user password.
function encryptKeystore(privateKey, password, { N: cost = 1 << 15 } = {}) {
  const salt = crypto.randomBytes(32);
  const iv = crypto.randomBytes(16);
  const dk = crypto.scryptSync(password, salt, 32, { N: cost, r: 8, p: 1, maxmem: 256 * cost * 8 });
  const cipher = crypto.createCipheriv('aes-128-ctr', dk.subarray(0, 16), iv);
  const ciphertext = Buffer.concat([cipher.update(privateKey), cipher.final()]);
  const mac = crypto.createHash('sha256').update(Buffer.concat([dk.subarray(16), ciphertext])).digest('hex');
  return {
    version: 1,
    crypto: { cipher: 'aes-128-ctr', ciphertext: ciphertext.toString('hex'), iv: iv.toString('hex'), kdf: 'scrypt', kdfparams: { n: cost, r: 8, p: 1, salt: salt.toString('hex') }, mac }
  };
}

function decryptKeystore(json, password) {
  const c = json.crypto;
  const { n, r, p, salt } = c.kdfparams;
  const dk = crypto.scryptSync(password, Buffer.from(salt, 'hex'), 32, { N: n, r, p, maxmem: 256 * n * r });
  const ct = Buffer.from(c.ciphertext, 'hex');
  const mac = crypto.createHash('sha256').update(Buffer.concat([dk.subarray(16), ct])).digest('hex');
  if (!crypto.timingSafeEqual(Buffer.from(mac, 'hex'), Buffer.from(c.mac, 'hex'))) throw new Error('Wrong password');
  const d = crypto.createDecipheriv('aes-128-ctr', dk.subarray(0, 16), Buffer.from(c.iv, 'hex'));
  return Buffer.concat([d.update(ct), d.final()]);
}

module.exports = { mnemonicToSeed, HDNode, encryptKeystore, decryptKeystore, HARDENED };
