'use strict';
const data = require('./data/currencies.json');
const { loadIcuPatches } = require('./lib/icu');

loadIcuPatches(data);

const cache = new Map();
function formatter(locale, currency, opts) {
  const key = `${locale}|${currency}|${opts.display}|${opts.compact}`;
  if (!cache.has(key)) {
    const digits = currencyDigits(currency);
    const isIso = currency.length === 3 && currency !== 'BTC';
    cache.set(
      key,
      new Intl.NumberFormat(locale, {
        style: isIso ? 'currency' : 'decimal',
        currency: isIso ? currency : undefined,
        currencyDisplay: opts.display || 'symbol',
        notation: opts.compact ? 'compact' : 'standard',
        minimumFractionDigits: opts.compact ? 0 : digits,
        maximumFractionDigits: digits
      })
    );
  }
  return cache.get(key);
}

function currencyDigits(currency) {
  const c = data.currencies[currency];
  return c ? c.digits : 2;
}

function cashRound(amount, currency) {
  const step = data.cashRounding[currency];
  return step ? Math.round(amount / step) * step : amount;
}

function formatMoney(amount, currency, options = {}) {
  const locale = options.locale || Intl.NumberFormat().resolvedOptions().locale;
  const value = options.cash ? cashRound(amount, currency) : amount;
  const out = formatter(locale, currency, options).format(value);
  return currency === 'BTC' ? `${data.currencies.BTC.symbol}${out}` : out;
}

function parseMoney(text, locale = 'en-US') {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = (parts.find((p) => p.type === 'group') || {}).value || ',';
  const decimal = (parts.find((p) => p.type === 'decimal') || {}).value || '.';
  const cleaned = String(text).replace(new RegExp(`[^0-9${decimal === '.' ? '\\.' : decimal}-]`, 'g'), '').replace(decimal, '.');
  if (group === decimal) throw new Error('ambiguous locale separators');
  return Number(cleaned);
}

module.exports = { formatMoney, parseMoney, currencyDigits, cashRound };
