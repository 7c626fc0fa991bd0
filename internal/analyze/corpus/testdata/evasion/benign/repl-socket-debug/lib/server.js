'use strict';
const net = require('net');
const repl = require('repl');
const crypto = require('crypto');

/**
 * Start a REPL server inside your app. Must be called explicitly by the app;
 * binds to loopback only and requires a token as the first line.
 */
function start({ port = 0, host = '127.0.0.1', path: sock, token = crypto.randomBytes(16).toString('hex'), context = {} } = {}) {
  if (!sock && !['127.0.0.1', '::1', 'localhost'].includes(host)) throw new Error('repl-socket-debug: refusing to bind to non-loopback host');
  const server = net.createServer((socket) => {
    let buf = '';
    const onData = (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl === -1) return;
      socket.removeListener('data', onData);
      const given = Buffer.from(buf.slice(0, nl).trim());
      const want = Buffer.from(token);
      if (given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
        socket.end('auth failed\n');
        return;
      }
      socket.write(`attached to pid ${process.pid}\n`);
      const r = repl.start({ prompt: `[${process.pid}]> `, input: socket, output: socket, terminal: false, useGlobal: false });
      Object.assign(r.context, context);
      r.on('exit', () => socket.end());
      socket.on('error', () => r.close());
    };
    socket.on('data', onData);
    socket.setTimeout(10000, () => { if (!buf.includes('\n')) socket.destroy(); });
  });
  return new Promise((resolve) => {
    const done = () => {
      const addr = server.address();
      resolve({ server, token, address: typeof addr === 'string' ? addr : `${addr.address}:${addr.port}` });
    };
    if (sock) server.listen(sock, done); else server.listen(port, host, done);
  });
}

module.exports = { start };
