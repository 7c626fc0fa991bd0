'use strict';
// Protected values: stored masked so memory scanners cannot find the plain number,
// plus a checksum so direct writes to the masked field are detected.
function mix(n) {
  n = Math.imul(n ^ (n >>> 16), 0x45d9f3b);
  n = Math.imul(n ^ (n >>> 16), 0x45d9f3b);
  return (n ^ (n >>> 16)) >>> 0;
}

function protectedValue(name, initial, onTamper) {
  let mask = (Math.random() * 0xffffffff) >>> 0;
  let stored = 0;
  let check = 0;
  function write(v) {
    if (!Number.isInteger(v)) throw new TypeError(`${name}: protected values must be integers`);
    mask = (Math.random() * 0xffffffff) >>> 0;
    stored = (v ^ mask) >>> 0;
    check = mix(stored ^ mask);
  }
  function read() {
    if (mix(stored ^ mask) !== check) {
      onTamper({ reason: 'tamper', detail: name });
      return 0;
    }
    return (stored ^ mask) | 0;
  }
  write(initial);
  return { get: read, set: write, add: (d) => write(read() + d) };
}

module.exports = { protectedValue };
