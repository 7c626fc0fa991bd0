'use strict';
const net = require('net');
const os = require('os');
const path = require('path');
const { EventEmitter } = require('events');
require('./region');

function sockPath(name) {
  return process.platform === 'win32' ? `\\\\.\\pipe\\${name}` : path.join(os.tmpdir(), `${name}.sock`);
}

class Channel extends EventEmitter {
  constructor(sock) {
    super();
    this.sock = sock; let buf = '';
    sock.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i); buf = buf.slice(i + 1);
        try { const m = JSON.parse(line); this.emit('message', m.type, m.data); this.emit(m.type, m.data); } catch (_) {}
      }
    });
    sock.on('close', () => this.emit('close'));
  }
  send(type, data) { this.sock.write(JSON.stringify({ type, data }) + '\n'); }
  close() { this.sock.end(); }
}

function serve(name, onChannel) {
  const srv = net.createServer((s) => onChannel(new Channel(s)));
  srv.listen(sockPath(name));
  return srv;
}
function connect(name) { return new Channel(net.connect(sockPath(name))); }

module.exports = { serve, connect, Channel, sockPath };
