'use strict';
const symbols = require('../data/symbols');
const months = require('../data/months');
const plurals = require('../data/plurals');

// Unicode bidi isolates (UAX #9): wrap user-supplied values in FSI ... PDI so
// a Latin name inside an Arabic/Hebrew sentence (or vice versa) cannot reorder
// the surrounding text. Same approach as Fluent's "useIsolating" option.
const FSI = '⁨'; // U+2068 FIRST STRONG ISOLATE
const PDI = '⁩'; // U+2069 POP DIRECTIONAL ISOLATE
const RLM = '‏'; // U+200F RIGHT-TO-LEFT MARK
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

function lang(locale) {
  return String(locale).split(/[-_]/)[0];
}

function pluralCategory(locale, n) {
  const rule = plurals[lang(locale)] || plurals.en;
  const s = String(Math.abs(n));
  const [int, frac = ''] = s.split('.');
  return rule(Math.abs(n), parseInt(int, 10), frac.length);
}

function formatNumber(locale, value, { useNativeDigits = false } = {}) {
  const sym = symbols[lang(locale)] || symbols.en;
  const [int, frac] = Math.abs(value).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000');
  let out = grouped.split('\u0000').join(sym.group) + (frac ? sym.decimal + frac : '');
  const digits = useNativeDigits && sym.nativeDigits ? sym.nativeDigits : sym.digits;
  out = out.replace(/[0-9]/g, (d) => digits[Number(d)]);
  return value < 0 ? sym.minusSign + out : out;
}

function monthName(locale, index) {
  return (months[lang(locale)] || months.en)[index];
}

// format('he', 'שלום {name}', { name: 'Alice' }) => "שלום \u2068Alice\u2069"
function format(locale, message, args = {}, { useIsolating = true } = {}) {
  const out = message.replace(/\{(\w+)\}/g, (m, key) => {
    if (!(key in args)) return m;
    const v = typeof args[key] === 'number' ? formatNumber(locale, args[key]) : String(args[key]);
    return useIsolating ? FSI + v + PDI : v;
  });
  return RTL.has(lang(locale)) && /^[\x00-\x7F]/.test(out) ? RLM + out : out;
}

function stripBidiControls(s) {
  return s.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

module.exports = { pluralCategory, formatNumber, monthName, format, stripBidiControls, isRtl: (l) => RTL.has(lang(l)) };
