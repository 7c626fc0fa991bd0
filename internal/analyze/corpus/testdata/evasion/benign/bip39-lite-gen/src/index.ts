import { randomBytes } from 'crypto';
import * as bip39 from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english';

export type Strength = 128 | 160 | 192 | 224 | 256;

/**
 * Generate a mnemonic. Entropy comes straight from crypto.randomBytes (the OS
 * CSPRNG) — we deliberately do not "mix" or "whiten" it: any post-processing
 * can only reduce entropy.
 */
export function generateMnemonic(strength: Strength = 256): string {
  if (![128, 160, 192, 224, 256].includes(strength)) throw new RangeError('invalid strength');
  return bip39.entropyToMnemonic(randomBytes(strength / 8), wordlist);
}

/**
 * Deterministic mode for test vectors ONLY (e.g. the official BIP39 vectors).
 * The caller must supply the entropy bytes explicitly.
 */
export function mnemonicFromEntropy(entropy: Uint8Array): string {
  if (entropy.length < 16 || entropy.length > 32 || entropy.length % 4) throw new RangeError('entropy must be 16..32 bytes, multiple of 4');
  return bip39.entropyToMnemonic(entropy, wordlist);
}

export const validateMnemonic = (m: string) => bip39.validateMnemonic(m, wordlist);
export const mnemonicToSeed = (m: string, passphrase = '') => bip39.mnemonicToSeed(m, passphrase);
