/* global chrome */
// Background (service worker) module for MV3 extensions.
import { TRACKER_DOMAINS } from './lists.js';

const RULE_BASE = 10000;

/** Install dynamic block rules for known tracker domains (third-party requests only). */
export async function installBlockRules(extraDomains = []) {
  const domains = [...new Set([...TRACKER_DOMAINS, ...extraDomains])];
  const existing = await chrome.declarativeNetRequest.getDynamicRules();
  const removeRuleIds = existing.filter((r) => r.id >= RULE_BASE).map((r) => r.id);
  const addRules = domains.map((d, i) => ({
    id: RULE_BASE + i,
    priority: 1,
    action: { type: 'block' },
    condition: { requestDomains: [d], domainType: 'thirdParty', resourceTypes: ['script', 'xmlhttprequest', 'image', 'sub_frame', 'ping'] }
  }));
  await chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds, addRules });
  return addRules.length;
}

/**
 * Strip Cookie / Set-Cookie headers on third-party requests to tracker domains.
 * Implemented with DNR modifyHeaders so the extension itself never sees header values.
 */
export async function installCookieStripping(domains = TRACKER_DOMAINS) {
  const id = RULE_BASE - 1;
  await chrome.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [id],
    addRules: [{
      id,
      priority: 2,
      action: {
        type: 'modifyHeaders',
        requestHeaders: [{ header: 'cookie', operation: 'remove' }, { header: 'referer', operation: 'remove' }],
        responseHeaders: [{ header: 'set-cookie', operation: 'remove' }]
      },
      condition: { requestDomains: domains, domainType: 'thirdParty' }
    }]
  });
}

/** Per-tab counter of blocked requests for the toolbar badge. Requires "declarativeNetRequestFeedback". */
export function enableBadgeCounter() {
  if (!chrome.declarativeNetRequest.onRuleMatchedDebug) return;
  const counts = new Map();
  chrome.declarativeNetRequest.onRuleMatchedDebug.addListener(({ request }) => {
    const n = (counts.get(request.tabId) || 0) + 1;
    counts.set(request.tabId, n);
    chrome.action.setBadgeText({ tabId: request.tabId, text: String(n) });
  });
  chrome.tabs.onRemoved.addListener((tabId) => counts.delete(tabId));
}

/** Optionally remove existing tracker cookies from the user's profile (user clicks "Clean"). */
export async function purgeTrackerCookies(domains = TRACKER_DOMAINS) {
  let removed = 0;
  for (const domain of domains) {
    const cookies = await chrome.cookies.getAll({ domain });
    for (const c of cookies) {
      const url = `http${c.secure ? 's' : ''}://${c.domain.replace(/^\./, '')}${c.path}`;
      await chrome.cookies.remove({ url, name: c.name, storeId: c.storeId });
      removed++;
    }
  }
  return removed;
}

chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (msg && msg.type === 'shield:purge') {
    purgeTrackerCookies().then((n) => sendResponse({ removed: n }));
    return true;
  }
  return false;
});
