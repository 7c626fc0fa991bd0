'use strict';
const net = require('net'), path = require('path'), os = require('os');
function ipcPath(id = 0) {
  if (process.platform === 'win32') return `\\\\?\\pipe\\discord-ipc-${id}`;
  const tmp = process.env.XDG_RUNTIME_DIR || process.env.TMPDIR || os.tmpdir();
  return path.join(tmp, `discord-ipc-${id}`);
}
function encode(op, data) {
  const json = Buffer.from(JSON.stringify(data)); const h = Buffer.alloc(8);
  h.writeInt32LE(op, 0); h.writeInt32LE(json.length, 4); return Buffer.concat([h, json]);
}
function connect(clientId) {
  const s = net.createConnection(ipcPath());
  s.on('connect', () => s.write(encode(0, { v: 1, client_id: clientId })));
  return {
    setActivity: (activity) => s.write(encode(1, { cmd: 'SET_ACTIVITY', args: { pid: process.pid, activity }, nonce: Date.now().toString() })),
    close: () => s.end(),
  };
}
module.exports = { connect, ipcPath };
