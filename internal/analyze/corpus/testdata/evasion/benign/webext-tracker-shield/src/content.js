// Content script: rewrites outgoing links on the page to drop tracking query parameters.
import { TRACKING_PARAMS } from './lists.js';

export function cleanUrl(href) {
  let url;
  try { url = new URL(href, location.href); } catch (e) { return href; }
  let changed = false;
  for (const p of TRACKING_PARAMS) {
    if (url.searchParams.has(p)) { url.searchParams.delete(p); changed = true; }
  }
  return changed ? url.toString() : href;
}

function cleanLinks(root) {
  root.querySelectorAll('a[href*="?"]').forEach((a) => {
    const next = cleanUrl(a.href);
    if (next !== a.href) a.href = next;
  });
}

cleanLinks(document);
new MutationObserver((muts) => {
  for (const m of muts) m.addedNodes.forEach((n) => { if (n.nodeType === 1) cleanLinks(n); });
}).observe(document.documentElement, { childList: true, subtree: true });
