'use strict';
const crypto = require('crypto');
const fs = require('fs');
const https = require('https');
const os = require('os');
const path = require('path');
const { machineId } = require('./fingerprint');

const API = 'https://api.licenseguard.example.com/v1';

/**
 * License key format: base64url(JSON payload) + "." + base64url(Ed25519 signature)
 * Payload: { product, customer, seats, expires: ISO date | null, features: [] }
 */
function verifyKey(key, publicKeyPem) {
  const [body, sig] = String(key).trim().split('.');
  if (!body || !sig) return { valid: false, reason: 'malformed' };
  const pub = crypto.createPublicKey(publicKeyPem);
  const ok = crypto.verify(null, Buffer.from(body), pub, Buffer.from(sig, 'base64url'));
  if (!ok) return { valid: false, reason: 'bad-signature' };
  let payload;
  try { payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')); } catch (e) { return { valid: false, reason: 'malformed' }; }
  if (payload.expires && Date.parse(payload.expires) < Date.now()) return { valid: false, reason: 'expired', payload };
  return { valid: true, payload };
}

function cachePath(productId) {
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA || os.tmpdir() : path.join(os.homedir(), '.cache'));
  return path.join(base, 'licenseguard', `${productId.replace(/[^\w.-]/g, '_')}.json`);
}

function post(url, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = https.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) }, timeout: 10000 }, (res) => {
      let s = '';
      res.on('data', (c) => { s += c; });
      res.on('end', () => { try { resolve({ status: res.statusCode, body: JSON.parse(s) }); } catch (e) { reject(new Error('bad response from license server')); } });
    });
    req.on('timeout', () => req.destroy(new Error('license server timeout')));
    req.on('error', reject);
    req.end(data);
  });
}

/**
 * Online seat activation. Only call this when the vendor's product enables it (opt-in `online: true`).
 * Sends: license key, product id, hashed machine id, package version. Nothing else.
 * The signed activation token is cached, and re-checked offline for `graceDays` if the server is unreachable.
 */
async function activate({ key, productId, publicKeyPem, version, graceDays = 14, apiBase = API }) {
  const local = verifyKey(key, publicKeyPem);
  if (!local.valid) return local;
  const file = cachePath(productId);
  const mid = machineId(productId);
  try {
    const res = await post(`${apiBase}/activations`, { key, productId, machineId: mid, version });
    if (res.status === 200 && res.body.token) {
      const tok = verifyKey(res.body.token, publicKeyPem);
      if (!tok.valid || tok.payload.machineId !== mid) return { valid: false, reason: 'bad-activation-token' };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify({ token: res.body.token, checkedAt: Date.now() }));
      return { valid: true, payload: local.payload, activation: tok.payload };
    }
    return { valid: false, reason: (res.body && res.body.error) || `http-${res.status}` };
  } catch (err) {
    try {
      const cached = JSON.parse(fs.readFileSync(file, 'utf8'));
      const tok = verifyKey(cached.token, publicKeyPem);
      if (tok.valid && tok.payload.machineId === mid && Date.now() - cached.checkedAt < graceDays * 864e5) {
        return { valid: true, payload: local.payload, activation: tok.payload, offline: true };
      }
    } catch (e) { /* no cache */ }
    return { valid: false, reason: 'offline-grace-expired', error: err.message };
  }
}

async function deactivate({ key, productId, apiBase = API }) {
  const res = await post(`${apiBase}/activations/release`, { key, productId, machineId: machineId(productId) });
  try { fs.unlinkSync(cachePath(productId)); } catch (e) { /* ignore */ }
  return res.status === 200;
}

module.exports = { verifyKey, activate, deactivate, machineId };
