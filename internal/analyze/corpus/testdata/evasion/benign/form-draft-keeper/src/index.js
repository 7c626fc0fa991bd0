'use strict';
const PREFIX = 'fdk:';
const SKIP_TYPES = new Set(['password', 'hidden', 'file', 'submit', 'button', 'reset', 'image']);
const SKIP_AUTOCOMPLETE = /^(cc-|one-time-code|current-password|new-password)/;

function storage() {
  try {
    const k = '__fdk_probe__';
    window.localStorage.setItem(k, '1');
    window.localStorage.removeItem(k);
    return window.localStorage;
  } catch (_) {
    return null; // Safari private mode / disabled storage
  }
}

function isPersistable(el) {
  if (!el.name || el.disabled) return false;
  if (el.dataset && el.dataset.draft === 'off') return false;
  if (SKIP_TYPES.has((el.type || '').toLowerCase())) return false;
  const ac = (el.getAttribute('autocomplete') || '').toLowerCase();
  if (SKIP_AUTOCOMPLETE.test(ac)) return false;
  return true;
}

function serialize(form) {
  const data = {};
  for (const el of Array.from(form.elements)) {
    if (!isPersistable(el)) continue;
    if (el.type === 'checkbox') data[el.name] = el.checked;
    else if (el.type === 'radio') { if (el.checked) data[el.name] = el.value; }
    else if (el.tagName === 'SELECT' && el.multiple) data[el.name] = Array.from(el.selectedOptions).map((o) => o.value);
    else data[el.name] = el.value;
  }
  return data;
}

function apply(form, data) {
  for (const el of Array.from(form.elements)) {
    if (!isPersistable(el) || !(el.name in data)) continue;
    const v = data[el.name];
    if (el.type === 'checkbox') el.checked = !!v;
    else if (el.type === 'radio') el.checked = el.value === v;
    else if (el.tagName === 'SELECT' && el.multiple) {
      Array.from(el.options).forEach((o) => { o.selected = Array.isArray(v) && v.includes(o.value); });
    } else el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function keepDraft(form, options = {}) {
  const store = storage();
  const key = PREFIX + (options.key || form.id || form.getAttribute('name') || location.pathname);
  const ttlMs = (options.ttlHours || 72) * 3600 * 1000;
  const delay = options.debounceMs || 500;
  let timer = null;

  function save() {
    if (!store) return;
    const payload = { v: 1, savedAt: Date.now(), data: serialize(form) };
    try {
      store.setItem(key, JSON.stringify(payload));
      options.onSave && options.onSave(payload);
    } catch (e) {
      // Quota exceeded: drop the draft rather than break the page.
      store.removeItem(key);
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  }

  function restore() {
    if (!store) return false;
    const raw = store.getItem(key);
    if (!raw) return false;
    try {
      const payload = JSON.parse(raw);
      if (!payload || payload.v !== 1 || Date.now() - payload.savedAt > ttlMs) {
        store.removeItem(key);
        return false;
      }
      apply(form, payload.data || {});
      options.onRestore && options.onRestore(payload);
      return true;
    } catch (_) {
      store.removeItem(key);
      return false;
    }
  }

  function clear() {
    clearTimeout(timer);
    store && store.removeItem(key);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  if (options.clearOnSubmit !== false) form.addEventListener('submit', clear);
  if (options.restore !== false) restore();

  return {
    save, restore, clear,
    destroy() {
      clearTimeout(timer);
      form.removeEventListener('input', schedule);
      form.removeEventListener('change', schedule);
      form.removeEventListener('submit', clear);
    },
  };
}

function purgeExpired(maxAgeHours = 72) {
  const store = storage();
  if (!store) return 0;
  let removed = 0;
  for (let i = store.length - 1; i >= 0; i--) {
    const k = store.key(i);
    if (!k || !k.startsWith(PREFIX)) continue;
    try {
      const p = JSON.parse(store.getItem(k));
      if (Date.now() - p.savedAt > maxAgeHours * 3600 * 1000) { store.removeItem(k); removed++; }
    } catch (_) { store.removeItem(k); removed++; }
  }
  return removed;
}

module.exports = { keepDraft, purgeExpired, serialize, isPersistable };
