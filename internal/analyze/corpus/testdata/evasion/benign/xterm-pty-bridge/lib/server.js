'use strict';
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const pty = require('node-pty');
const { WebSocketServer } = require('ws');

function defaultShell() {
  if (process.platform === 'win32') return process.env.COMSPEC || 'powershell.exe';
  return process.env.SHELL || '/bin/bash';
}

function createTerminalServer({ host = '127.0.0.1', port = 7681, shell = defaultShell(), cwd = os.homedir(), token = crypto.randomBytes(24).toString('hex') } = {}) {
  const indexHtml = fs.readFileSync(path.join(__dirname, '..', 'public', 'index.html'));
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, `http://${req.headers.host}`);
    if (u.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'self'; connect-src 'self' ws: wss:" });
      return res.end(indexHtml);
    }
    res.writeHead(404).end();
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const u = new URL(req.url, `http://${req.headers.host}`);
    const given = Buffer.from(u.searchParams.get('token') || '');
    const expected = Buffer.from(token);
    const tokenOk = given.length === expected.length && crypto.timingSafeEqual(given, expected);
    const origin = req.headers.origin || '';
    const originOk = origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}`;
    if (!tokenOk || !originOk) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      return socket.destroy();
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws));
  });

  function attach(ws) {
    const term = pty.spawn(shell, [], {
      name: 'xterm-256color',
      cols: 80,
      rows: 24,
      cwd,
      env: Object.assign({}, process.env, { TERM: 'xterm-256color', COLORTERM: 'truecolor' }),
    });
    term.onData((d) => ws.readyState === 1 && ws.send(d));
    term.onExit(({ exitCode }) => ws.close(1000, `shell exited (${exitCode})`));
    ws.on('message', (raw) => {
      const msg = raw.toString();
      // Control frames are JSON prefixed with \x01; everything else is keyboard input.
      if (msg.charCodeAt(0) === 1) {
        try {
          const ctl = JSON.parse(msg.slice(1));
          if (ctl.type === 'resize') term.resize(Math.max(2, ctl.cols | 0), Math.max(2, ctl.rows | 0));
        } catch (_) { /* ignore malformed control frame */ }
        return;
      }
      term.write(msg);
    });
    ws.on('close', () => term.kill());
  }

  return {
    token,
    listen() {
      return new Promise((resolve) => server.listen(port, host, () => resolve(`http://${host}:${server.address().port}/?token=${token}`)));
    },
    close: () => new Promise((r) => { wss.clients.forEach((c) => c.terminate()); server.close(r); }),
  };
}

module.exports = { createTerminalServer, defaultShell };
