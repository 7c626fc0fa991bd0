'use strict';
const crypto = require('crypto');

const b64u = (buf) => Buffer.from(buf).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromB64u = (s) => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');

function generateVapidKeys() {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.generateKeys();
  return { publicKey: b64u(ecdh.getPublicKey()), privateKey: b64u(ecdh.getPrivateKey()) };
}

function vapidPrivateKeyObject(publicKey, privateKey) {
  const pub = fromB64u(publicKey);
  return crypto.createPrivateKey({
    key: { kty: 'EC', crv: 'P-256', x: b64u(pub.subarray(1, 33)), y: b64u(pub.subarray(33, 65)), d: privateKey },
    format: 'jwk',
  });
}

function vapidHeaders(endpoint, { subject, publicKey, privateKey }, ttlSeconds = 12 * 3600) {
  const aud = new URL(endpoint).origin;
  const header = b64u(JSON.stringify({ typ: 'JWT', alg: 'ES256' }));
  const claims = b64u(JSON.stringify({ aud, exp: Math.floor(Date.now() / 1000) + ttlSeconds, sub: subject }));
  const sig = crypto.sign('sha256', Buffer.from(`${header}.${claims}`), {
    key: vapidPrivateKeyObject(publicKey, privateKey),
    dsaEncoding: 'ieee-p1363',
  });
  return { Authorization: `vapid t=${header}.${claims}.${b64u(sig)}, k=${publicKey}` };
}

function hkdf(salt, ikm, info, len) {
  return Buffer.from(crypto.hkdfSync('sha256', ikm, salt, info, len));
}

// RFC 8291 aes128gcm content encoding, single record.
function encryptPayload(subscription, payload) {
  const uaPublic = fromB64u(subscription.keys.p256dh);
  const authSecret = fromB64u(subscription.keys.auth);
  const ecdh = crypto.createECDH('prime256v1');
  const asPublic = ecdh.generateKeys();
  const shared = ecdh.computeSecret(uaPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = hkdf(authSecret, shared, keyInfo, 32);
  const salt = crypto.randomBytes(16);
  const cek = hkdf(salt, ikm, Buffer.from('Content-Encoding: aes128gcm\0'), 16);
  const nonce = hkdf(salt, ikm, Buffer.from('Content-Encoding: nonce\0'), 12);
  const plain = Buffer.concat([Buffer.from(payload), Buffer.from([0x02])]); // last-record delimiter
  const cipher = crypto.createCipheriv('aes-128-gcm', cek, nonce);
  const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  const rs = Buffer.alloc(4);
  rs.writeUInt32BE(4096);
  const header = Buffer.concat([salt, rs, Buffer.from([asPublic.length]), asPublic]);
  return Buffer.concat([header, body]);
}

async function sendNotification(subscription, payload, { vapid, ttl = 86400, urgency = 'normal', topic } = {}) {
  if (!subscription || !subscription.endpoint) throw new Error('invalid subscription');
  const headers = Object.assign({ TTL: String(ttl), Urgency: urgency }, vapidHeaders(subscription.endpoint, vapid));
  if (topic) headers.Topic = topic;
  let body;
  if (payload != null) {
    body = encryptPayload(subscription, payload);
    headers['Content-Encoding'] = 'aes128gcm';
    headers['Content-Type'] = 'application/octet-stream';
  }
  const res = await fetch(subscription.endpoint, { method: 'POST', headers, body });
  if (res.status === 404 || res.status === 410) {
    const err = new Error('Subscription has expired or is no longer valid');
    err.gone = true;
    throw err;
  }
  if (!res.ok) throw new Error(`Push service responded ${res.status}: ${await res.text()}`);
  return { statusCode: res.status };
}

module.exports = { generateVapidKeys, sendNotification, encryptPayload, vapidHeaders };
