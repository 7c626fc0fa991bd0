'use strict';
// All control characters are written as escapes; the source contains none literally.
const LRE = '\u202A', RLE = '\u202B', PDF = '\u202C', LRO = '\u202D', RLO = '\u202E';
const LRI = '\u2066', RLI = '\u2067', FSI = '\u2068', PDI = '\u2069';
const LRM = '\u200E', RLM = '\u200F', ALM = '\u061C';

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const MARKS = /[\u200E\u200F\u061C]/g;
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Wrap untrusted text in FSI…PDI so it cannot reorder surrounding UI text. */
const isolate = (s) => FSI + String(s).replace(CONTROLS, '') + PDI;

/** Detect unbalanced / suspicious bidi controls (CVE-2021-42574 "Trojan Source"). */
function findBidiControls(text) {
  const hits = [];
  let m;
  CONTROLS.lastIndex = 0;
  while ((m = CONTROLS.exec(text))) {
    const line = text.slice(0, m.index).split('\n').length;
    hits.push({ index: m.index, line, char: `U+${m[0].codePointAt(0).toString(16).toUpperCase()}` });
  }
  return hits;
}

const strip = (s, { marks = false } = {}) => { let out = String(s).replace(CONTROLS, ''); if (marks) out = out.replace(MARKS, ''); return out; };
const direction = (s) => (RTL_CHAR.test(s) ? 'rtl' : 'ltr');

module.exports = { isolate, strip, direction, findBidiControls, chars: { LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM } };
