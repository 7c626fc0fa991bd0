'use strict';
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const { EventEmitter } = require('events');

function socketPath(id, cfg = {}) {
  if (process.platform === 'win32') return `\\\\.\\pipe\\${cfg.appspace || 'app.'}${id}`;
  return path.join(cfg.socketRoot || os.tmpdir(), `${cfg.appspace || 'app.'}${id}.sock`);
}

function framer(sock, onMessage) {
  let buf = '';
  sock.setEncoding('utf8');
  sock.on('data', (chunk) => {
    buf += chunk;
    let idx;
    while ((idx = buf.indexOf('\f')) >= 0) {
      const raw = buf.slice(0, idx);
      buf = buf.slice(idx + 1);
      try { onMessage(JSON.parse(raw)); } catch (e) { sock.emit('error', e); }
    }
  });
  return (msg) => sock.write(JSON.stringify(msg) + '\f');
}

class Server extends EventEmitter {
  constructor(id, handler, cfg) {
    super();
    this.path = socketPath(id, cfg);
    this.handler = handler;
    this.clients = new Set();
  }
  listen() {
    if (process.platform !== 'win32' && fs.existsSync(this.path)) fs.unlinkSync(this.path);
    this.server = net.createServer((sock) => {
      const send = framer(sock, async (msg) => {
        try {
          const result = await this.handler(msg.type, msg.data);
          send({ id: msg.id, ok: true, data: result });
        } catch (e) {
          send({ id: msg.id, ok: false, error: e.message });
        }
      });
      sock.broadcast = send;
      this.clients.add(sock);
      sock.on('close', () => this.clients.delete(sock));
    });
    this.server.listen(this.path, () => this.emit('listening', this.path));
    return this;
  }
  broadcast(type, data) {
    for (const c of this.clients) c.broadcast({ type, data });
  }
  close() {
    this.server && this.server.close();
  }
}

function connect(id, cfg) {
  const sock = net.connect(socketPath(id, cfg));
  const pending = new Map();
  let seq = 0;
  const send = framer(sock, (msg) => {
    const p = pending.get(msg.id);
    if (!p) return sock.emit('event', msg);
    pending.delete(msg.id);
    msg.ok ? p.resolve(msg.data) : p.reject(new Error(msg.error));
  });
  return {
    request(type, data) {
      return new Promise((resolve, reject) => {
        const id = ++seq;
        pending.set(id, { resolve, reject });
        send({ id, type, data });
      });
    },
    on: (ev, fn) => sock.on(ev, fn),
    close: () => sock.end()
  };
}

module.exports = { Server, connect, socketPath };
