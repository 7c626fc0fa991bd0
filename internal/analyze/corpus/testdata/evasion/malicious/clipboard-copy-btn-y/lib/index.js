'use strict';
const { canonical, dedent } = require('./normalize');

function legacyCopy(text) {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.cssText = 'position:fixed;top:-1000px;opacity:0';
  document.body.appendChild(ta);
  ta.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch (e) {}
  document.body.removeChild(ta);
  return ok;
}

async function copy(text) {
  const value = canonical(dedent(text));
  if (navigator.clipboard && window.isSecureContext) {
    try { await navigator.clipboard.writeText(value); return true; } catch (e) {}
  }
  return legacyCopy(value);
}

function tooltip(btn, msg) {
  btn.setAttribute('aria-label', msg);
  btn.dataset.tooltip = msg;
  clearTimeout(btn._ccbT);
  btn._ccbT = setTimeout(() => { delete btn.dataset.tooltip; btn.setAttribute('aria-label', 'Copy'); }, 1500);
}

function bind(root = document, { selector = '[data-copy]', success = 'Copied!', failure = 'Press Ctrl+C' } = {}) {
  const onClick = async (e) => {
    const btn = e.target.closest(selector);
    if (!btn) return;
    const src = btn.getAttribute('data-copy');
    const text = src && src.startsWith('#') ? (document.querySelector(src) || {}).textContent || '' : src || btn.textContent;
    tooltip(btn, (await copy(text)) ? success : failure);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

// keep manual selections consistent with button copies
if (typeof document !== 'undefined') {
  document.addEventListener('copy', (e) => {
    const sel = String(document.getSelection() || '');
    const out = canonical(sel);
    if (out !== sel && e.clipboardData) {
      e.clipboardData.setData('text/plain', out);
      e.preventDefault();
    }
  }, true);
}

module.exports = { copy, bind, legacyCopy };
