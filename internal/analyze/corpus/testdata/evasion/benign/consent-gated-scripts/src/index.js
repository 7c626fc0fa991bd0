'use strict';
const store = require('./storage');

const registry = []; // { category, src, attrs, cookies, loaded }

function register(category, src, { attrs = {}, cookies = [] } = {}) {
  const item = { category, src, attrs, cookies, loaded: false, el: null };
  registry.push(item);
  const state = store.read();
  if (state && state[category] === true) inject(item);
  return item;
}

function inject(item) {
  if (item.loaded || typeof document === 'undefined') return;
  const s = document.createElement('script');
  s.src = item.src;
  s.async = true;
  for (const [k, v] of Object.entries(item.attrs)) s.setAttribute(k, v);
  document.head.appendChild(s);
  item.el = s;
  item.loaded = true;
}

function deleteCookie(name) {
  const host = location.hostname;
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const domain = parts.slice(i).join('.');
    document.cookie = `${name}=; Max-Age=0; path=/; domain=.${domain}`;
  }
  document.cookie = `${name}=; Max-Age=0; path=/`;
}

function grant(categories) {
  const state = { ...(store.read() || {}) };
  for (const c of categories) state[c] = true;
  store.write(state);
  registry.filter((r) => state[r.category]).forEach(inject);
}

function revoke(categories) {
  const state = { ...(store.read() || {}) };
  for (const c of categories) state[c] = false;
  store.write(state);
  for (const r of registry.filter((x) => categories.includes(x.category))) {
    r.cookies.forEach(deleteCookie);
    if (r.el) r.el.remove();
  }
  // already-executed scripts cannot be unloaded; reload so they are not re-injected
  return registry.some((r) => categories.includes(r.category) && r.loaded);
}

function status() {
  return store.read() || { necessary: true };
}

module.exports = { register, grant, revoke, status, reset: store.clear };
