import * as consent from './consent.js';
import { showBanner } from './banner.js';

function inject(siteId, src) {
  if (document.querySelector('script[data-cas]')) return;
  const s = document.createElement('script');
  s.async = true;
  s.defer = true;
  s.src = src || 'https://cdn.analytics-tag.invalid/tag.js';
  s.dataset.cas = '1';
  s.dataset.site = siteId;
  document.head.appendChild(s);
}

export function init({ siteId, src, bannerText = 'We use privacy-friendly analytics to improve this site.', respectSignals = true } = {}) {
  if (!siteId) throw new Error('consent-analytics-snippet: siteId is required');
  if (respectSignals && consent.privacySignals()) return 'signals';
  const state = consent.read();
  if (state === 'granted') { inject(siteId, src); return 'granted'; }
  if (state === 'denied') return 'denied';
  showBanner({ text: bannerText }, choice => {
    consent.write(choice);
    if (choice === 'granted') inject(siteId, src);
  });
  return 'pending';
}

export function revoke() {
  consent.write('denied');
  const s = document.querySelector('script[data-cas]');
  if (s) s.remove();
}
