'use strict';
function connectSignaling(url, code, role) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}?code=${encodeURIComponent(code)}&role=${role}`);
    const handlers = new Set();
    ws.onopen = () => resolve({
      send: (msg) => ws.send(JSON.stringify(msg)),
      onMessage: (fn) => handlers.add(fn),
      close: () => ws.close(),
    });
    ws.onerror = () => reject(new Error('Could not reach signaling server'));
    ws.onmessage = (ev) => {
      let msg;
      try { msg = JSON.parse(ev.data); } catch (_) { return; }
      handlers.forEach((fn) => fn(msg));
    };
  });
}
module.exports = { connectSignaling };
