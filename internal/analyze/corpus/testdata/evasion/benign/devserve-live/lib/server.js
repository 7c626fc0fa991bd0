'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { exec } = require('child_process');
const { WebSocketServer } = require('ws');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const CLIENT = fs.readFileSync(path.join(__dirname, '..', 'client', 'reload.js'), 'utf8');

function createServer({ root = 'dist', watchDir = 'src', port = 5173, host = '127.0.0.1', build } = {}) {
  root = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/__devserve/client.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return res.end(CLIENT);
    }
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403); return res.end(); }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404); return res.end('Not found'); }
    let body = fs.readFileSync(file);
    const ext = path.extname(file);
    if (ext === '.html') {
      body = body.toString().replace('</body>', '<script src="/__devserve/client.js"></script></body>');
    }
    res.writeHead(200, { 'content-type': TYPES[ext] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  });

  const wss = new WebSocketServer({ server, path: '/__devserve' });
  const broadcast = (msg) => wss.clients.forEach((c) => c.readyState === 1 && c.send(JSON.stringify(msg)));

  let building = false, queued = false, timer;
  function rebuild(changed) {
    if (!build) return broadcast({ type: /\.css$/.test(changed) ? 'css' : 'reload' });
    if (building) { queued = true; return; }
    building = true;
    const started = Date.now();
    // `build` is the user's own command from CLI flags / devserve.config.json, e.g. "npm run build"
    exec(build, { cwd: process.cwd(), env: { ...process.env, DEVSERVE: '1' }, maxBuffer: 20 * 1024 * 1024 }, (err, stdout, stderr) => {
      building = false;
      if (err) {
        console.error(`[devserve] build failed (${err.code})\n${stderr}`);
        broadcast({ type: 'error', message: stderr || err.message });
      } else {
        console.log(`[devserve] rebuilt in ${Date.now() - started}ms`);
        broadcast({ type: /\.css$/.test(changed) ? 'css' : 'reload' });
      }
      if (queued) { queued = false; rebuild(changed); }
    });
  }

  const watcher = fs.watch(path.resolve(watchDir), { recursive: true }, (_e, file) => {
    if (!file || /(^|[\/\\])(\.|node_modules)/.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => rebuild(file), 75);
  });

  server.listen(port, host, () => console.log(`[devserve] http://${host}:${port} (root ${root})`));
  return { server, wss, close: () => { watcher.close(); wss.close(); server.close(); } };
}

module.exports = { createServer };
