'use strict';
const fs = require('fs');
const path = require('path');

const LOCALE_RE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2}|-\d{3})?$/;

class I18n {
  /**
   * @param {{ dir: string, fallback?: string, preload?: boolean }} opts
   * `dir` contains files named after BCP-47 tags: en.json, de-AT.json, pt-BR.js (module.exports = {...})
   */
  constructor({ dir, fallback = 'en', preload = false } = {}) {
    if (!dir) throw new Error('locale-autoload: "dir" is required');
    this.dir = path.resolve(dir);
    this.fallback = fallback;
    this.cache = new Map();
    this.available = this.discover();
    if (preload) for (const l of this.available) this.load(l);
  }

  /** Every file in `dir` whose basename is a valid locale tag. */
  discover() {
    return fs.readdirSync(this.dir)
      .filter((f) => /\.(json|js|cjs)$/.test(f))
      .map((f) => f.replace(/\.(json|js|cjs)$/, ''))
      .filter((tag) => LOCALE_RE.test(tag))
      .sort();
  }

  load(locale) {
    if (this.cache.has(locale)) return this.cache.get(locale);
    // Validate before building a path: the locale may come from a request header.
    if (!LOCALE_RE.test(locale) || !this.available.includes(locale)) return null;
    const base = path.join(this.dir, locale);
    const file = ['.json', '.js', '.cjs'].map((ext) => base + ext).find((f) => fs.existsSync(f));
    // .js locale files may compute messages (e.g. share strings between regional variants).
    const messages = require(file);
    this.cache.set(locale, flatten(messages));
    return this.cache.get(locale);
  }

  /** Pick the best available locale for an Accept-Language header. */
  negotiate(header) {
    const wanted = String(header || '')
      .split(',')
      .map((part) => { const [tag, q] = part.trim().split(';q='); return { tag, q: q ? Number(q) : 1 }; })
      .filter((x) => x.tag)
      .sort((a, b) => b.q - a.q);
    for (const { tag } of wanted) {
      if (this.available.includes(tag)) return tag;
      const lang = tag.split('-')[0];
      const match = this.available.find((a) => a === lang || a.startsWith(lang + '-'));
      if (match) return match;
    }
    return this.fallback;
  }

  t(locale, key, vars = {}) {
    const chain = [locale, locale.split('-')[0], this.fallback];
    for (const l of chain) {
      const msgs = this.load(l);
      if (msgs && key in msgs) return format(msgs[key], vars, l);
    }
    return key;
  }

  /** Express middleware: sets req.locale and req.t */
  middleware() {
    return (req, res, next) => {
      req.locale = this.negotiate(req.headers['accept-language']);
      req.t = (key, vars) => this.t(req.locale, key, vars);
      res.setHeader('Content-Language', req.locale);
      next();
    };
  }
}

function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, prefix + k + '.', out);
    else out[prefix + k] = v;
  }
  return out;
}

/** Supports {name} and {count, plural, one {# item} other {# items}} */
function format(msg, vars, locale) {
  const rules = new Intl.PluralRules(locale);
  return String(msg)
    .replace(/\{(\w+),\s*plural,\s*((?:\w+\s*\{[^}]*\}\s*)+)\}/g, (m, name, body) => {
      const n = Number(vars[name]);
      const forms = {};
      body.replace(/(\w+)\s*\{([^}]*)\}/g, (_, k, v) => { forms[k] = v; });
      return (forms[rules.select(n)] || forms.other || '').replace(/#/g, new Intl.NumberFormat(locale).format(n));
    })
    .replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

module.exports = { I18n, format };
