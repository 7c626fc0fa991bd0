'use strict';
// Thin wrapper around the WebOTP API. Returns null when unsupported.
function isWebOtpSupported() {
  return typeof window !== 'undefined' && 'OTPCredential' in window && !!navigator.credentials;
}

async function requestSmsCode({ timeoutMs = 60000 } = {}) {
  if (!isWebOtpSupported()) return null;
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), timeoutMs);
  try {
    const cred = await navigator.credentials.get({ otp: { transport: ['sms'] }, signal: ac.signal });
    return cred && cred.code ? String(cred.code) : null;
  } catch (err) {
    if (err && err.name === 'AbortError') return null;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

module.exports = { isWebOtpSupported, requestSmsCode };
