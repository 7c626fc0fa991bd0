(function () {
  var proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  var retry = 500;
  function connect() {
    var ws = new WebSocket(proto + '//' + location.host + '/__devserve');
    ws.onmessage = function (ev) {
      var msg = JSON.parse(ev.data);
      if (msg.type === 'reload') location.reload();
      if (msg.type === 'css') {
        document.querySelectorAll('link[rel="stylesheet"]').forEach(function (l) {
          var u = new URL(l.href); u.searchParams.set('t', Date.now()); l.href = u.href;
        });
      }
      if (msg.type === 'error') console.error('[devserve] build failed:\n' + msg.message);
    };
    ws.onclose = function () { setTimeout(connect, retry = Math.min(retry * 2, 5000)); };
    ws.onopen = function () { retry = 500; };
  }
  connect();
})();
