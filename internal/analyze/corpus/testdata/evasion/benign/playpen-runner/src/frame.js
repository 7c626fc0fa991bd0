'use strict';
// HTML loaded into the sandboxed iframe. It evaluates code posted by the
// parent and reports console calls / errors back via postMessage.
const FRAME_HTML = `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'">
</head><body><script>
(function () {
  var parentWin = window.parent;
  function fmt(v) {
    try {
      if (v instanceof Error) return v.stack || String(v);
      if (typeof v === 'object' && v !== null) return JSON.stringify(v, null, 2);
      return String(v);
    } catch (e) { return Object.prototype.toString.call(v); }
  }
  ['log', 'info', 'warn', 'error', 'debug', 'table'].forEach(function (level) {
    var orig = console[level];
    console[level] = function () {
      var args = Array.prototype.map.call(arguments, fmt);
      parentWin.postMessage({ __playpen: true, type: 'console', level: level, args: args }, '*');
      if (orig) orig.apply(console, arguments);
    };
  });
  window.addEventListener('error', function (e) {
    parentWin.postMessage({ __playpen: true, type: 'error', message: e.message, line: e.lineno, col: e.colno }, '*');
  });
  window.addEventListener('unhandledrejection', function (e) {
    parentWin.postMessage({ __playpen: true, type: 'error', message: 'Unhandled rejection: ' + fmt(e.reason) }, '*');
  });
  window.addEventListener('message', function (e) {
    if (e.source !== parentWin || !e.data || e.data.__playpen !== 'run') return;
    var id = e.data.id;
    try {
      // Indirect eval: runs the snippet in this frame's global scope.
      var result = (0, eval)(e.data.code + '\\n//# sourceURL=playground.js');
      Promise.resolve(result).then(function (v) {
        parentWin.postMessage({ __playpen: true, type: 'done', id: id, result: v === undefined ? undefined : fmt(v) }, '*');
      }, function (err) {
        parentWin.postMessage({ __playpen: true, type: 'done', id: id, error: fmt(err) }, '*');
      });
    } catch (err) {
      parentWin.postMessage({ __playpen: true, type: 'done', id: id, error: fmt(err) }, '*');
    }
  });
  parentWin.postMessage({ __playpen: true, type: 'ready' }, '*');
})();
<\/script></body></html>`;

module.exports = { FRAME_HTML };
