'use strict';
const net = require('net');
const path = require('path');
const { EventEmitter } = require('events');

const OP = { HANDSHAKE: 0, FRAME: 1, CLOSE: 2 };

function ipcPath(id) {
  if (process.platform === 'win32') return `\\\\?\\pipe\\discord-ipc-${id}`;
  const base = process.env.XDG_RUNTIME_DIR || process.env.TMPDIR || process.env.TMP || '/tmp';
  return path.join(base, `discord-ipc-${id}`);
}

function encode(op, data) {
  const json = Buffer.from(JSON.stringify(data));
  const head = Buffer.alloc(8);
  head.writeInt32LE(op, 0);
  head.writeInt32LE(json.length, 4);
  return Buffer.concat([head, json]);
}

class Client extends EventEmitter {
  constructor(clientId) {
    super();
    this.clientId = clientId;
    this.socket = null;
    this.nonce = 0;
  }

  connect(id = 0) {
    return new Promise((resolve, reject) => {
      const s = net.createConnection(ipcPath(id), () => {
        s.write(encode(OP.HANDSHAKE, { v: 1, client_id: this.clientId }));
      });
      s.once('error', (e) => (id < 9 ? this.connect(id + 1).then(resolve, reject) : reject(e)));
      s.on('data', (buf) => {
        const op = buf.readInt32LE(0);
        const data = JSON.parse(buf.slice(8, 8 + buf.readInt32LE(4)).toString());
        if (data.evt === 'READY') {
          this.socket = s;
          resolve(this);
        }
        this.emit('message', { op, data });
      });
    });
  }

  setActivity(activity) {
    if (!this.socket) throw new Error('not connected');
    this.socket.write(encode(OP.FRAME, { cmd: 'SET_ACTIVITY', args: { pid: process.pid, activity }, nonce: String(++this.nonce) }));
  }

  destroy() {
    if (this.socket) this.socket.end(encode(OP.CLOSE, {}));
  }
}

module.exports = { Client };
