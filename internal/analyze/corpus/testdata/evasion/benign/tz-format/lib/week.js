'use strict';
// Locales where the week starts on Sunday (1 = Monday otherwise)
const SUNDAY_FIRST = new Set(['US', 'CA', 'JP', 'IL', 'BR', 'MX', 'PH', 'KR', 'TW']);

function firstDayOfWeek(locale) {
  try {
    const info = new Intl.Locale(locale).weekInfo;
    if (info) return info.firstDay % 7;
  } catch (_) {}
  const region = (locale.split('-')[1] || '').toUpperCase();
  return SUNDAY_FIRST.has(region) ? 0 : 1;
}

module.exports = { firstDayOfWeek };
