'use strict';
const http = require('http');
const { EventEmitter } = require('events');
const WebSocket = require('ws');
const pkg = require('../package.json');

const DEFAULT_SERVER = 'wss://connect.devtunnel.example.com/v2/agent';

/**
 * Control protocol (JSON frames over one WebSocket):
 *   -> {type:"hello", token, subdomain, version}
 *   <- {type:"ready", url}
 *   <- {type:"request", id, method, path, headers, body(base64)}
 *   -> {type:"response", id, status, headers, body(base64)}
 * Only HTTP requests are forwarded, only to the single local port the user passes on the command line.
 */
class Tunnel extends EventEmitter {
  constructor({ port, host = '127.0.0.1', token, subdomain, server = process.env.DEVTUNNEL_SERVER || DEFAULT_SERVER }) {
    super();
    if (!token) throw new Error('missing authtoken: run `devtunnel auth <token>` first');
    Object.assign(this, { port: Number(port), host, token, subdomain, server, closed: false, retries: 0 });
  }

  open() {
    const ws = (this.ws = new WebSocket(this.server, { headers: { 'User-Agent': `devtunnel-client/${pkg.version}` } }));
    ws.on('open', () => {
      this.retries = 0;
      ws.send(JSON.stringify({ type: 'hello', token: this.token, subdomain: this.subdomain || null, version: pkg.version }));
    });
    ws.on('message', (raw) => {
      let msg;
      try { msg = JSON.parse(raw); } catch (e) { return; }
      if (msg.type === 'ready') this.emit('ready', msg.url);
      else if (msg.type === 'request') this.forward(msg);
      else if (msg.type === 'error') this.emit('error', new Error(msg.message));
    });
    ws.on('close', () => this.reconnect());
    ws.on('error', (e) => this.emit('warn', e));
    return this;
  }

  reconnect() {
    if (this.closed) return;
    const delay = Math.min(30000, 500 * 2 ** this.retries++);
    this.emit('reconnecting', delay);
    setTimeout(() => this.open(), delay);
  }

  forward(msg) {
    const started = Date.now();
    const headers = Object.assign({}, msg.headers, { host: `${this.host}:${this.port}` });
    const req = http.request({ host: this.host, port: this.port, method: msg.method, path: msg.path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        this.send({ type: 'response', id: msg.id, status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('base64') });
        this.emit('request', { method: msg.method, path: msg.path, status: res.statusCode, ms: Date.now() - started });
      });
    });
    req.on('error', (e) => {
      this.send({ type: 'response', id: msg.id, status: 502, headers: { 'content-type': 'text/plain' }, body: Buffer.from(`devtunnel: local server unreachable (${e.code})`).toString('base64') });
      this.emit('request', { method: msg.method, path: msg.path, status: 502, ms: Date.now() - started });
    });
    if (msg.body) req.write(Buffer.from(msg.body, 'base64'));
    req.end();
  }

  send(obj) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(obj));
  }

  close() {
    this.closed = true;
    if (this.ws) this.ws.close();
  }
}

module.exports = { Tunnel, DEFAULT_SERVER };
