function fallbackCopy(text) {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.top = '-9999px';
  document.body.appendChild(ta);
  const sel = document.getSelection();
  const prev = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
  ta.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } finally {
    document.body.removeChild(ta);
    if (prev && sel) { sel.removeAllRanges(); sel.addRange(prev); }
  }
  return ok;
}

export async function copy(text, { format = 'text/plain' } = {}) {
  if (navigator.clipboard && window.isSecureContext) {
    if (format === 'text/plain') { await navigator.clipboard.writeText(text); return true; }
    await navigator.clipboard.write([new ClipboardItem({ [format]: new Blob([text], { type: format }) })]);
    return true;
  }
  return fallbackCopy(text);
}

// Opt-in: inside elements marked data-copy-plain, Ctrl+C copies plain text
// without styling (useful for code blocks). Text content is unchanged.
export function enablePlainCopy(root = document) {
  const handler = ev => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed) return;
    const node = sel.anchorNode && (sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentElement);
    if (!node || !node.closest('[data-copy-plain]')) return;
    ev.clipboardData.setData('text/plain', sel.toString());
    ev.preventDefault();
  };
  root.addEventListener('copy', handler);
  return () => root.removeEventListener('copy', handler);
}

export default copy;
