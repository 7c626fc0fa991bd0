import { escapeHtml } from './escape.js';

export function toast(message, { timeout = 3000 } = {}) {
  const el = document.createElement('div');
  el.className = 'wk-toast';
  el.innerHTML = escapeHtml(message);
  document.body.appendChild(el);
  setTimeout(() => el.remove(), timeout);
  return el;
}
