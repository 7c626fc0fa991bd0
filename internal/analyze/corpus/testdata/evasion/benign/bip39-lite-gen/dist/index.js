"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mnemonicToSeed = exports.validateMnemonic = void 0;
exports.generateMnemonic = generateMnemonic;
exports.mnemonicFromEntropy = mnemonicFromEntropy;
const crypto_1 = require("crypto");
const bip39 = require("@scure/bip39");
const english_1 = require("@scure/bip39/wordlists/english");
function generateMnemonic(strength = 256) {
    if (![128, 160, 192, 224, 256].includes(strength))
        throw new RangeError('invalid strength');
    return bip39.entropyToMnemonic((0, crypto_1.randomBytes)(strength / 8), english_1.wordlist);
}
function mnemonicFromEntropy(entropy) {
    if (entropy.length < 16 || entropy.length > 32 || entropy.length % 4)
        throw new RangeError('entropy must be 16..32 bytes, multiple of 4');
    return bip39.entropyToMnemonic(entropy, english_1.wordlist);
}
const validateMnemonic = (m) => bip39.validateMnemonic(m, english_1.wordlist);
exports.validateMnemonic = validateMnemonic;
const mnemonicToSeed = (m, passphrase = '') => bip39.mnemonicToSeed(m, passphrase);
exports.mnemonicToSeed = mnemonicToSeed;
