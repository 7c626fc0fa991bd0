import { listCookies, deleteCookie, setCookie, getCookie } from './cookies.js';

const CONSENT_COOKIE = 'ccg_consent';
const CATEGORIES = ['necessary', 'preferences', 'analytics', 'marketing'];

/**
 * Site owners mark blocked scripts like this (they are inert until consent):
 *   <script type="text/plain" data-consent="analytics" src="https://stats.example.com/script.js"></script>
 * and declare which cookies belong to which category:
 *   cookies: { analytics: [/^_pk_/, 'stats_uid'], marketing: [/^_ads/] }
 */
export class ConsentGuard {
  constructor({ cookies = {}, version = 1, logEndpoint = null, expiryDays = 180, onChange } = {}) {
    this.rules = cookies;
    this.version = version;
    this.logEndpoint = logEndpoint;
    this.expiryDays = expiryDays;
    this.onChange = onChange;
    this.state = this.read();
    if (this.state) this.apply();
  }

  read() {
    try {
      const s = JSON.parse(getCookie(CONSENT_COOKIE) || 'null');
      return s && s.v === this.version ? s : null;
    } catch (e) {
      return null;
    }
  }

  needsBanner() {
    return !this.state;
  }

  has(category) {
    return category === 'necessary' || !!(this.state && this.state.c.includes(category));
  }

  /** Called from your banner's buttons: acceptAll(), rejectAll(), or save(['analytics']). */
  acceptAll() { return this.save(CATEGORIES); }
  rejectAll() { return this.save(['necessary']); }

  save(categories) {
    const c = CATEGORIES.filter((x) => x === 'necessary' || categories.includes(x));
    this.state = { v: this.version, c, t: Date.now(), id: (this.state && this.state.id) || randomId() };
    setCookie(CONSENT_COOKIE, JSON.stringify(this.state), this.expiryDays);
    this.apply();
    this.log();
    if (this.onChange) this.onChange(c);
    return c;
  }

  apply() {
    this.purgeCookies();
    this.activateScripts();
  }

  /** Delete cookies of categories the visitor has not consented to. Values are never read or sent. */
  purgeCookies() {
    for (const { name } of listCookies()) {
      if (name === CONSENT_COOKIE) continue;
      for (const cat of Object.keys(this.rules)) {
        if (this.has(cat)) continue;
        const matches = this.rules[cat].some((r) => (r instanceof RegExp ? r.test(name) : r === name));
        if (matches) deleteCookie(name);
      }
    }
  }

  /** Turn consented <script type="text/plain" data-consent="..."> placeholders into real scripts. */
  activateScripts() {
    document.querySelectorAll('script[type="text/plain"][data-consent]').forEach((ph) => {
      if (!this.has(ph.dataset.consent)) return;
      const s = document.createElement('script');
      for (const a of ph.attributes) if (a.name !== 'type' && a.name !== 'data-consent') s.setAttribute(a.name, a.value);
      if (ph.src) s.src = ph.src;
      else s.textContent = ph.textContent;
      ph.replaceWith(s);
    });
  }

  /**
   * Optional proof-of-consent log (GDPR Art. 7(1)) to the site owner's own endpoint.
   * Contains only the random consent id, chosen categories, version and timestamp.
   */
  log() {
    if (!this.logEndpoint) return;
    const body = JSON.stringify({ id: this.state.id, categories: this.state.c, version: this.version, ts: this.state.t, page: location.pathname });
    if (navigator.sendBeacon) navigator.sendBeacon(this.logEndpoint, body);
    else fetch(this.logEndpoint, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'application/json' } });
  }

  /** "Withdraw consent" link in your footer. */
  reset() {
    deleteCookie(CONSENT_COOKIE);
    this.state = null;
    this.purgeCookies();
    if (this.onChange) this.onChange(['necessary']);
  }
}

function randomId() {
  const a = new Uint8Array(12);
  crypto.getRandomValues(a);
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export default ConsentGuard;
