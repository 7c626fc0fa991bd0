'use strict';
const crypto = require('crypto');

const COOKIE = 'corp_sso';

function sign(value, secret) {
  const mac = crypto.createHmac('sha256', secret).update(value).digest('base64url');
  return `${value}.${mac}`;
}

function unsign(signed, secret) {
  const i = signed.lastIndexOf('.');
  if (i < 0) return null;
  const value = signed.slice(0, i);
  const expected = Buffer.from(sign(value, secret));
  const actual = Buffer.from(signed);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual) ? value : null;
}

function encodeSession(session, secret) {
  const payload = Buffer.from(JSON.stringify({ ...session, iat: Math.floor(Date.now() / 1000) })).toString('base64url');
  return sign(payload, secret);
}

function decodeSession(cookie, secret, maxAgeSec = 8 * 3600) {
  const v = unsign(cookie, secret);
  if (!v) return null;
  try {
    const s = JSON.parse(Buffer.from(v, 'base64url').toString('utf8'));
    if (Math.floor(Date.now() / 1000) - s.iat > maxAgeSec) return null;
    return s;
  } catch {
    return null;
  }
}

function middleware({ secret, cookieName = COOKIE } = {}) {
  return (req, res, next) => {
    const raw = (req.headers.cookie || '').split(/;\s*/).find((c) => c.startsWith(cookieName + '='));
    req.ssoSession = raw ? decodeSession(decodeURIComponent(raw.slice(cookieName.length + 1)), secret) : null;
    res.setSession = (s) => res.setHeader('Set-Cookie', `${cookieName}=${encodeURIComponent(encodeSession(s, secret))}; HttpOnly; Secure; SameSite=Lax; Path=/`);
    next();
  };
}

module.exports = { encodeSession, decodeSession, middleware, sign, unsign };
