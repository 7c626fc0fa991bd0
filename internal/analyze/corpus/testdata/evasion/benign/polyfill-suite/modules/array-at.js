'use strict';
function at(index) {
  const O = Object(this);
  const len = O.length >>> 0;
  let k = Math.trunc(index) || 0;
  if (k < 0) k += len;
  return k < 0 || k >= len ? undefined : O[k];
}
for (const C of [Array, String, Int8Array, Uint8Array, Float64Array]) {
  if (!C.prototype.at) {
    Object.defineProperty(C.prototype, 'at', { value: at, writable: true, configurable: true, enumerable: false });
  }
}
