'use strict';
function define(name, fromEnd) {
  if (Array.prototype[name]) return;
  Object.defineProperty(Array.prototype, name, {
    value: function (predicate, thisArg) {
      for (let i = this.length - 1; i >= 0; i--) {
        if (predicate.call(thisArg, this[i], i, this)) return fromEnd ? i : this[i];
      }
      return fromEnd ? -1 : undefined;
    },
    writable: true,
    configurable: true
  });
}
define('findLast', false);
define('findLastIndex', true);
