// document.cookie helpers

export function listCookies() {
  return document.cookie
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const i = c.indexOf('=');
      return { name: decodeURIComponent(i < 0 ? c : c.slice(0, i)), value: i < 0 ? '' : c.slice(i + 1) };
    });
}

/** A cookie can only be deleted with the same path/domain it was set with, so try the likely combinations. */
export function deleteCookie(name) {
  const host = location.hostname;
  const parts = host.split('.');
  const domains = [''];
  for (let i = 0; i < parts.length - 1; i++) domains.push('; domain=.' + parts.slice(i).join('.'));
  const paths = ['/', location.pathname.replace(/\/[^/]*$/, '') || '/'];
  for (const d of domains) {
    for (const p of paths) {
      document.cookie = `${encodeURIComponent(name)}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${p}${d}`;
    }
  }
}

export function setCookie(name, value, days) {
  const exp = new Date(Date.now() + days * 864e5).toUTCString();
  document.cookie = `${name}=${encodeURIComponent(value)}; expires=${exp}; path=/; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;
}

export function getCookie(name) {
  const c = listCookies().find((x) => x.name === name);
  return c ? decodeURIComponent(c.value) : null;
}
