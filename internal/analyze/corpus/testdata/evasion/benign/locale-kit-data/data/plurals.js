'use strict';
// CLDR plural rules compiled to functions. n = absolute value, i = integer digits,
// v = number of visible fraction digits.
module.exports = {
  en: (n, i, v) => (i === 1 && v === 0 ? 'one' : 'other'),
  fr: (n, i) => (i === 0 || i === 1 ? 'one' : (i !== 0 && i % 1000000 === 0 ? 'many' : 'other')),
  ru: (n, i, v) => {
    if (v !== 0) return 'other';
    const m10 = i % 10;
    const m100 = i % 100;
    if (m10 === 1 && m100 !== 11) return 'one';
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'few';
    return 'many';
  },
  ar: (n) => {
    const m100 = n % 100;
    if (n === 0) return 'zero';
    if (n === 1) return 'one';
    if (n === 2) return 'two';
    if (m100 >= 3 && m100 <= 10) return 'few';
    if (m100 >= 11 && m100 <= 99) return 'many';
    return 'other';
  },
  he: (n, i, v) => (i === 1 && v === 0 ? 'one' : (i === 2 && v === 0 ? 'two' : 'other')),
  ja: () => 'other',
  th: () => 'other'
};
