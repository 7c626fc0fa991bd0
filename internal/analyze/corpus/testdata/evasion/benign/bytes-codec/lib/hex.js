'use strict';
const toHex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join('');
function fromHex(s) {
  if (s.length % 2) throw new Error('odd-length hex');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.substr(i * 2, 2), 16);
  return out;
}
module.exports = { toHex, fromHex };
