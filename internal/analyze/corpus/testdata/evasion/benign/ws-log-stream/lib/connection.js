'use strict';
const { EventEmitter } = require('events');
const WebSocket = require('ws');

class Connection extends EventEmitter {
  constructor(url, { token, maxBackoff = 30000 } = {}) {
    super();
    if (!/^wss?:\/\//.test(url)) throw new Error('url must be ws:// or wss://');
    this.url = url;
    this.token = token;
    this.maxBackoff = maxBackoff;
    this.attempt = 0;
    this.ws = null;
  }

  open() {
    const headers = this.token ? { authorization: `Bearer ${this.token}` } : {};
    this.ws = new WebSocket(this.url, { headers });
    this.ws.on('open', () => { this.attempt = 0; this.emit('open'); });
    this.ws.on('close', () => this.reconnect());
    this.ws.on('error', (e) => this.emit('warn', e));
  }

  reconnect() {
    const delay = Math.min(this.maxBackoff, 500 * 2 ** this.attempt++);
    setTimeout(() => this.open(), delay).unref();
  }

  send(line) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) { this.ws.send(line); return true; }
    return false;
  }
}

module.exports = { Connection };
