'use strict';
const net = require('net');
const path = require('path');
const os = require('os');
const { resolveSync } = require('./lib/fallback');

const SOCKET = process.platform === 'win32' ? '\\\\.\\pipe\\swc-resolverd' : path.join(os.homedir(), '.cache', 'swc-resolver', 'd.sock');

function resolveViaDaemon(request, basedir, timeout = 150) {
  return new Promise((resolve) => {
    const sock = net.connect(SOCKET);
    const timer = setTimeout(() => { sock.destroy(); resolve(null); }, timeout);
    let buf = '';
    sock.on('error', () => { clearTimeout(timer); resolve(null); });
    sock.on('data', (d) => { buf += d; });
    sock.on('end', () => {
      clearTimeout(timer);
      try { resolve(JSON.parse(buf).path || null); } catch (e) { resolve(null); }
    });
    sock.end(JSON.stringify({ op: 'resolve', request, basedir }) + '\n');
  });
}

async function resolve(request, basedir = process.cwd()) {
  const fast = await resolveViaDaemon(request, basedir);
  return fast || resolveSync(request, basedir);
}

module.exports = { resolve, resolveSync };
