'use strict';
const ZONES = require('./zones');

const SUNDAY_START = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'KR', 'IN', 'ZA', 'IL', 'PH']);
const SATURDAY_START = new Set(['AE', 'EG', 'AF', 'IR', 'DZ']);
const IMPERIAL = new Set(['US', 'LR', 'MM']);

function envLocale() {
  if (typeof process !== 'undefined' && process.env) {
    const v = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
    if (v && v !== 'C' && v !== 'POSIX') return v.split('.')[0].replace('_', '-');
  }
  if (typeof navigator !== 'undefined' && navigator.language) return navigator.language;
  return null;
}

function detect() {
  const opts = Intl.DateTimeFormat().resolvedOptions();
  const locale = envLocale() || opts.locale || 'en-US';
  const timeZone = opts.timeZone || 'UTC';
  let region = null;
  try { region = new Intl.Locale(locale).maximize().region || null; } catch (_) {}
  const zoneRegion = ZONES[timeZone] || null;
  const country = /-[A-Z]{2}$/.test(locale) ? locale.slice(-2) : zoneRegion || region;
  const hc = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return {
    locale,
    timeZone,
    country,
    zoneCountry: zoneRegion,
    offsetMinutes: -new Date().getTimezoneOffset(),
    weekStart: SUNDAY_START.has(country) ? 0 : SATURDAY_START.has(country) ? 6 : 1,
    hour12: hc === 'h11' || hc === 'h12',
    units: IMPERIAL.has(country) ? 'imperial' : 'metric'
  };
}

module.exports = { detect, envLocale };
