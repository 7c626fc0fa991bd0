'use strict';
const { EventEmitter } = require('events');

class ReconnectingSocket extends EventEmitter {
  constructor(url, { protocols, minDelay = 500, maxDelay = 30000, heartbeat = 25000, WebSocketImpl } = {}) {
    super();
    if (!/^wss?:\/\//.test(url)) throw new TypeError('url must be ws:// or wss://');
    this.url = url; this.protocols = protocols;
    this.minDelay = minDelay; this.maxDelay = maxDelay; this.heartbeat = heartbeat;
    this.WS = WebSocketImpl || globalThis.WebSocket;
    if (!this.WS) throw new Error('No WebSocket implementation; pass WebSocketImpl (e.g. require("ws"))');
    this.queue = []; this.attempt = 0; this.closed = false;
    this.open();
  }
  open() {
    const ws = (this.ws = new this.WS(this.url, this.protocols));
    ws.onopen = () => {
      this.attempt = 0;
      this.emit('open');
      while (this.queue.length && ws.readyState === 1) ws.send(this.queue.shift());
      this.hb = setInterval(() => ws.readyState === 1 && ws.send('{"type":"ping"}'), this.heartbeat);
    };
    ws.onmessage = (ev) => this.emit('message', ev.data);
    ws.onerror = (err) => this.emit('error', err);
    ws.onclose = (ev) => {
      clearInterval(this.hb);
      this.emit('close', ev.code, ev.reason);
      if (this.closed) return;
      const delay = Math.min(this.maxDelay, this.minDelay * 2 ** this.attempt++) * (0.5 + Math.random() / 2);
      this.timer = setTimeout(() => this.open(), delay);
    };
  }
  send(data) {
    const msg = typeof data === 'string' ? data : JSON.stringify(data);
    if (this.ws && this.ws.readyState === 1) this.ws.send(msg);
    else this.queue.push(msg);
  }
  close(code = 1000, reason = '') {
    this.closed = true;
    clearTimeout(this.timer); clearInterval(this.hb);
    if (this.ws) this.ws.close(code, reason);
  }
}
module.exports = ReconnectingSocket;
