import { rules } from './rules.js';
import { track } from './observer.js';
import { start } from './metrics.js';

function showError(el, msg) {
  let box = el.nextElementSibling;
  if (!box || !box.classList.contains('fv-error')) {
    box = document.createElement('div');
    box.className = 'fv-error';
    box.setAttribute('role', 'alert');
    el.after(box);
  }
  box.textContent = msg || '';
  el.setAttribute('aria-invalid', msg ? 'true' : 'false');
}

function validateField(el) {
  const spec = (el.dataset.validate || '').split('|').filter(Boolean);
  for (const s of spec) {
    const [name, arg] = s.split(':');
    const rule = rules[name];
    if (!rule) continue;
    const res = rule(el.value, arg);
    if (res !== true) { showError(el, res); return false; }
  }
  showError(el, '');
  return true;
}

export function attach(form, opts) {
  opts = Object.assign({ live: true }, opts);
  const fields = () => [...form.querySelectorAll('[data-validate]')];
  if (opts.live) form.addEventListener('blur', e => { if (e.target.dataset && e.target.dataset.validate) validateField(e.target); }, true);
  form.addEventListener('submit', e => {
    const ok = fields().map(validateField).every(Boolean);
    if (!ok) { e.preventDefault(); const first = form.querySelector('[aria-invalid="true"]'); if (first) first.focus(); }
  });
  track(form);
  start();
  return { validate: () => fields().map(validateField).every(Boolean) };
}

export function autoAttach() {
  document.querySelectorAll('form[data-validate-form]').forEach(f => attach(f));
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', autoAttach);
  else autoAttach();
}

export { rules };
