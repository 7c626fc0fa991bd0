'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { configDir } = require('./paths');

const DAY = 24 * 60 * 60 * 1000;

// Vendor's Ed25519 public key used to verify license keys offline.
const DEFAULT_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA6XhmfHY2OLGE3WPjmGg9ZuaEKiembXKfT/MpXRrQhKU=
-----END PUBLIC KEY-----`;

class LicenseGuard {
  constructor({ appName, trialDays = 14, publicKey = DEFAULT_PUBLIC_KEY, now = () => Date.now() }) {
    if (!appName) throw new Error('appName required');
    this.appName = appName;
    this.trialDays = trialDays;
    this.publicKey = publicKey;
    this.now = now;
    this.file = path.join(configDir(appName), 'license.json');
  }

  _read() {
    try { return JSON.parse(fs.readFileSync(this.file, 'utf8')); } catch { return {}; }
  }

  _write(state) {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(state, null, 2), { mode: 0o600 });
  }

  /** Records the first-run timestamp once; returns it. */
  firstRun() {
    const state = this._read();
    if (!state.firstRun) {
      state.firstRun = new Date(this.now()).toISOString();
      state.installId = crypto.randomUUID();
      this._write(state);
    }
    return new Date(state.firstRun).getTime();
  }

  trialStatus() {
    const started = this.firstRun();
    const elapsedDays = Math.floor((this.now() - started) / DAY);
    const remaining = Math.max(0, this.trialDays - elapsedDays);
    return { started: new Date(started), remainingDays: remaining, expired: remaining === 0 };
  }

  /** License key format: base64url(JSON payload) + "." + base64url(signature). */
  verifyKey(key) {
    const [payloadB64, sigB64] = String(key).trim().split('.');
    if (!payloadB64 || !sigB64) return { valid: false, reason: 'malformed key' };
    const payload = Buffer.from(payloadB64, 'base64url');
    const ok = crypto.verify(null, payload, this.publicKey, Buffer.from(sigB64, 'base64url'));
    if (!ok) return { valid: false, reason: 'bad signature' };
    const data = JSON.parse(payload.toString('utf8'));
    if (data.product !== this.appName) return { valid: false, reason: 'key is for another product' };
    if (data.expires && Date.parse(data.expires) < this.now()) return { valid: false, reason: 'license expired' };
    return { valid: true, licensee: data.licensee, seats: data.seats || 1, expires: data.expires || null };
  }

  activate(key) {
    const res = this.verifyKey(key);
    if (res.valid) this._write({ ...this._read(), key, activatedAt: new Date(this.now()).toISOString() });
    return res;
  }

  status() {
    const { key } = this._read();
    if (key) {
      const res = this.verifyKey(key);
      if (res.valid) return { mode: 'licensed', ...res };
    }
    return { mode: 'trial', ...this.trialStatus() };
  }
}

module.exports = { LicenseGuard, configDir };
