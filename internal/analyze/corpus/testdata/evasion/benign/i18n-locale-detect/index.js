'use strict';
const path = require('path');
const fs = require('fs');
const detect = require('./lib/detect');

const cache = {};
function load(lang) {
  if (cache[lang]) return cache[lang];
  const f = path.join(__dirname, 'locales', `${lang}.json`);
  cache[lang] = fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null;
  return cache[lang];
}

function resolveLang(loc) {
  const base = String(loc || detect.locale()).split('-')[0];
  return load(base) ? base : 'en';
}

function interpolate(s, vars) {
  return s.replace(/\{(\w+)\}/g, (_, k) => (vars && k in vars ? vars[k] : `{${k}}`));
}

function t(key, vars, loc) {
  const lang = resolveLang(loc);
  const dict = load(lang) || load('en');
  let msg = key.split('.').reduce((o, k) => (o ? o[k] : undefined), dict);
  if (msg === undefined && lang !== 'en') msg = key.split('.').reduce((o, k) => (o ? o[k] : undefined), load('en'));
  if (msg && typeof msg === 'object') {
    const cat = new Intl.PluralRules(lang).select(Number(vars && vars.count) || 0);
    msg = msg[cat] || msg.other;
  }
  return msg === undefined ? key : interpolate(msg, vars);
}

function formatDate(d, loc) {
  return new Intl.DateTimeFormat(loc || detect.locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: detect.timeZone() }).format(d);
}

module.exports = { t, formatDate, locale: detect.locale, timeZone: detect.timeZone, regionHint: detect.regionHint };
