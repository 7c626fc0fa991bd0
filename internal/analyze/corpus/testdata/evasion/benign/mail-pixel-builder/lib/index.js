'use strict';
const crypto = require('crypto');

const DEFAULT_BASE = 'https://px.mailmetrics.invalid';

function sign(secret, params) {
  const canonical = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');
  return crypto.createHmac('sha256', secret).update(canonical).digest('base64url').slice(0, 22);
}

/** Recipient ids are hashed so raw email addresses never appear in URLs. */
function recipientToken(email, secret) {
  return crypto.createHmac('sha256', secret).update(String(email).trim().toLowerCase()).digest('hex').slice(0, 24);
}

class PixelBuilder {
  constructor({ secret, baseUrl = DEFAULT_BASE, accountId }) {
    if (!secret) throw new Error('secret is required for URL signing');
    this.secret = secret;
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.accountId = accountId;
  }

  openPixelUrl({ campaignId, email, variant }) {
    const params = {
      a: this.accountId,
      c: campaignId,
      r: recipientToken(email, this.secret),
      ...(variant ? { v: variant } : {})
    };
    const qs = new URLSearchParams({ ...params, s: sign(this.secret, params) });
    return `${this.baseUrl}/o.gif?${qs}`;
  }

  pixelTag(opts) {
    const url = this.openPixelUrl(opts).replace(/&/g, '&amp;');
    return `<img src="${url}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px" />`;
  }

  clickUrl(target, { campaignId, email, linkId }) {
    const params = { a: this.accountId, c: campaignId, r: recipientToken(email, this.secret), l: linkId || '', u: target };
    return `${this.baseUrl}/c?${new URLSearchParams({ ...params, s: sign(this.secret, params) })}`;
  }

  /** Rewrite all http(s) hrefs in an HTML template to click-tracking URLs and append the pixel. */
  instrumentHtml(html, { campaignId, email }) {
    let n = 0;
    const out = html.replace(/href="(https?:\/\/[^"]+)"/g, (m, href) => {
      if (/data-no-track/.test(m)) return m;
      const url = this.clickUrl(href.replace(/&amp;/g, '&'), { campaignId, email, linkId: String(++n) });
      return `href="${url.replace(/&/g, '&amp;')}"`;
    });
    const pixel = this.pixelTag({ campaignId, email });
    return out.includes('</body>') ? out.replace('</body>', `${pixel}</body>`) : out + pixel;
  }

  verify(query) {
    const { s, ...params } = Object.fromEntries(new URLSearchParams(query));
    const expected = sign(this.secret, params);
    return s && s.length === expected.length && crypto.timingSafeEqual(Buffer.from(s), Buffer.from(expected));
  }
}

module.exports = { PixelBuilder, recipientToken };
