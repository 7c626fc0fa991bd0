'use strict';
// Number symbols from CLDR 44. Note: several locales use invisible or
// non-ASCII characters on purpose:
//   fr group separator is U+202F NARROW NO-BREAK SPACE
//   ar uses U+061C ARABIC LETTER MARK around signs, and Arabic-Indic digits
//   he percent sign is preceded by U+200E LEFT-TO-RIGHT MARK
module.exports = {
  en: { decimal: '.', group: ',', percentSign: '%', minusSign: '-', digits: '0123456789' },
  de: { decimal: ',', group: '.', percentSign: '%', minusSign: '-', digits: '0123456789' },
  fr: { decimal: ',', group: ' ', percentSign: ' %', minusSign: '-', digits: '0123456789' },
  ru: { decimal: ',', group: ' ', percentSign: '%', minusSign: '-', digits: '0123456789' },
  ar: { decimal: '٫', group: '٬', percentSign: '٪؜', minusSign: '؜-', plusSign: '؜+', digits: '٠١٢٣٤٥٦٧٨٩' },
  fa: { decimal: '٫', group: '٬', percentSign: '٪', minusSign: '‎−', digits: '۰۱۲۳۴۵۶۷۸۹' },
  he: { decimal: '.', group: ',', percentSign: '‎%', minusSign: '‎-', digits: '0123456789' },
  hi: { decimal: '.', group: ',', percentSign: '%', minusSign: '-', digits: '0123456789', nativeDigits: '०१२३४५६७८९' },
  th: { decimal: '.', group: ',', percentSign: '%', minusSign: '-', digits: '0123456789', nativeDigits: '๐๑๒๓๔๕๖๗๘๙' },
  ja: { decimal: '.', group: ',', percentSign: '%', minusSign: '-', digits: '0123456789' }
};
