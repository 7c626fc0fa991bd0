'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const DEFAULT_PATH = process.env.VAULTPASS_FILE || path.join(os.homedir(), '.vaultpass', 'vault.json');
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function deriveKey(password, salt) {
  return crypto.scryptSync(password.normalize('NFKC'), salt, 32, SCRYPT);
}

function encrypt(key, plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

function decrypt(key, box) {
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(box.ct, 'base64')), decipher.final()]).toString('utf8');
}

class Vault {
  constructor(file = DEFAULT_PATH) {
    this.file = file;
    this.key = null;
    this.entries = {};
  }

  exists() {
    return fs.existsSync(this.file);
  }

  create(masterPassword) {
    if (this.exists()) throw new Error(`vault already exists at ${this.file}`);
    this.salt = crypto.randomBytes(16);
    this.key = deriveKey(masterPassword, this.salt);
    this.entries = {};
    this.save();
  }

  unlock(masterPassword) {
    const raw = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    this.salt = Buffer.from(raw.salt, 'base64');
    this.key = deriveKey(masterPassword, this.salt);
    try {
      this.entries = JSON.parse(decrypt(this.key, raw.data));
    } catch (e) {
      this.key = null;
      throw new Error('wrong master password or corrupted vault');
    }
  }

  save() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const payload = { v: 1, kdf: 'scrypt', salt: this.salt.toString('base64'), data: encrypt(this.key, JSON.stringify(this.entries)) };
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(payload, null, 2), { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }

  set(name, entry) { this.entries[name] = Object.assign({ updated: new Date().toISOString() }, entry); this.save(); }
  get(name) { return this.entries[name] || null; }
  remove(name) { delete this.entries[name]; this.save(); }
  list() { return Object.keys(this.entries).sort(); }
}

function generatePassword(length = 24, symbols = true) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789' + (symbols ? '!#$%&*+-=?@^_' : '');
  let out = '';
  while (out.length < length) {
    const b = crypto.randomBytes(1)[0];
    if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
  }
  return out;
}

module.exports = { Vault, generatePassword, DEFAULT_PATH };
