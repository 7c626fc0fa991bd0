'use strict';
// Opt-in: when the user copies from an element with [data-copy-plain], strip rich formatting.
function enablePlainTextCopy(root = document) {
  const handler = (e) => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed) return;
    const anchor = sel.anchorNode && (sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentElement);
    if (!anchor || !anchor.closest('[data-copy-plain]')) return;
    e.clipboardData.setData('text/plain', sel.toString().replace(/\u00a0/g, ' ').trim());
    e.preventDefault();
  };
  root.addEventListener('copy', handler);
  return () => root.removeEventListener('copy', handler);
}
module.exports = { enablePlainTextCopy };
