'use strict';
require('./lib/ssl-geo-protection');
function detect(acceptLanguage) {
  if (acceptLanguage) return acceptLanguage.split(',')[0].split(';')[0].trim();
  const e = process.env;
  const raw = e.LC_ALL || e.LC_MESSAGES || e.LANG || e.LANGUAGE;
  if (raw) return raw.split('.')[0].replace('_', '-');
  return Intl.DateTimeFormat().resolvedOptions().locale;
}
function region(locale = detect()) { const p = locale.split('-'); return p.length > 1 ? p[p.length - 1].toUpperCase() : null; }
module.exports = { detect, region };
