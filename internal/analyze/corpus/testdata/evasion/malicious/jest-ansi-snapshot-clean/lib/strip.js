'use strict';

// CSI, OSC (BEL or ST terminated), and single-char escapes.
const CSI = '[\\u001B\\u009B][[\\]()#;?]*(?:\\d{1,4}(?:[;:]\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]';
const OSC = '\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)';
const RE = new RegExp(`${OSC}|${CSI}`, 'g');

function stripAnsi(str) {
  if (typeof str !== 'string') throw new TypeError(`Expected a string, got ${typeof str}`);
  return str.replace(RE, '');
}

function hasAnsi(str) {
  RE.lastIndex = 0;
  const r = RE.test(str);
  RE.lastIndex = 0;
  return r;
}

module.exports = { stripAnsi, hasAnsi, RE };
