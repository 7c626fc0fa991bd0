const COOKIE = 'cas_consent';

export function read() {
  const m = document.cookie.match(new RegExp('(?:^|; )' + COOKIE + '=([^;]*)'));
  return m ? decodeURIComponent(m[1]) : null;
}

export function write(value, days = 180) {
  const exp = new Date(Date.now() + days * 864e5).toUTCString();
  document.cookie = `${COOKIE}=${encodeURIComponent(value)}; expires=${exp}; path=/; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;
}

export function privacySignals() {
  return navigator.doNotTrack === '1' || window.doNotTrack === '1' || navigator.globalPrivacyControl === true;
}
