'use strict';
// Node/SSR entry: no-op shim so imports don't break during server rendering.
function createSync() {
  return { get: () => null, set: () => {}, remove: () => {}, subscribe: () => () => {}, close: () => {} };
}
module.exports = { createSync };
