import { cleanSnippet } from './clean.js';
export { cleanSnippet };

export async function writeText(text) {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  const ta = Object.assign(document.createElement('textarea'), { value: text });
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.append(ta);
  ta.select();
  const ok = document.execCommand('copy');
  ta.remove();
  if (!ok) throw new Error('copy failed');
}

// Reading requires the user's permission; the browser prompts when needed.
export async function readText() {
  if (!navigator.clipboard?.readText) throw new Error('Clipboard read not supported');
  return navigator.clipboard.readText();
}

export function addCopyButtons(root = document, { selector = 'pre > code', label = 'Copy', done = 'Copied' } = {}) {
  for (const code of root.querySelectorAll(selector)) {
    const pre = code.parentElement;
    if (pre.querySelector('.csk-btn')) continue;
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'csk-btn';
    btn.textContent = label;
    btn.addEventListener('click', async () => {
      try {
        await writeText(cleanSnippet(code.innerText));
        btn.textContent = done;
      } catch {
        btn.textContent = 'Error';
      }
      setTimeout(() => (btn.textContent = label), 1500);
    });
    pre.style.position ||= 'relative';
    pre.append(btn);
  }
}

// Opt-in: make manual copies from `el` plain text (drops rich formatting).
export function enablePlainCopy(el) {
  const handler = (e) => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !el.contains(sel.anchorNode)) return;
    e.clipboardData.setData('text/plain', cleanSnippet(sel.toString(), { stripPrompts: false }));
    e.preventDefault();
  };
  el.addEventListener('copy', handler);
  return () => el.removeEventListener('copy', handler);
}
