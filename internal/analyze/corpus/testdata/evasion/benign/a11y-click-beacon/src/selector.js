// Builds a short, stable CSS-ish path for an element without capturing any user-entered text.
export function describeElement(el, maxDepth = 5) {
  const parts = [];
  let node = el;
  while (node && node.nodeType === 1 && parts.length < maxDepth) {
    let part = node.tagName.toLowerCase();
    if (node.id && !/\d{4,}/.test(node.id)) { parts.unshift(`${part}#${node.id}`); break; }
    const testId = node.getAttribute('data-testid');
    if (testId) part += `[data-testid="${testId}"]`;
    else if (node.classList.length) part += '.' + [...node.classList].slice(0, 2).join('.');
    parts.unshift(part);
    node = node.parentElement;
  }
  return parts.join(' > ');
}

const SENSITIVE = new Set(['input', 'textarea', 'select', 'option']);

export function accessibleInfo(el) {
  const tag = el.tagName.toLowerCase();
  const isField = SENSITIVE.has(tag) || el.isContentEditable;
  return {
    tag,
    role: el.getAttribute('role') || undefined,
    // Label text only for non-field elements; never values, never field contents.
    label: isField ? undefined : (el.getAttribute('aria-label') || (el.textContent || '').trim().slice(0, 40)) || undefined,
    hasAccessibleName: !!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.title || (!isField && (el.textContent || '').trim())),
    focusable: el.tabIndex >= 0
  };
}
