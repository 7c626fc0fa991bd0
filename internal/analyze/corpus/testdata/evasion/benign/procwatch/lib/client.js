'use strict';
const net = require('net');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const paths = require('./paths');

function daemonRunning() {
  try {
    process.kill(Number(fs.readFileSync(paths.PID_FILE, 'utf8')), 0);
    return true;
  } catch (_) {
    return false;
  }
}

function spawnDaemon(extra = []) {
  fs.mkdirSync(paths.HOME, { recursive: true });
  const child = spawn(process.execPath, [path.join(__dirname, 'daemon.js'), ...extra], {
    detached: true, stdio: 'ignore', windowsHide: true
  });
  child.unref();
  return new Promise((r) => setTimeout(r, 300));
}

async function send(cmd, args) {
  if (!daemonRunning()) await spawnDaemon();
  return new Promise((resolve, reject) => {
    const sock = net.connect(paths.SOCKET, () => sock.write(JSON.stringify({ cmd, args })));
    let buf = '';
    sock.on('data', (d) => (buf += d));
    sock.on('end', () => { const r = JSON.parse(buf); r.ok ? resolve(r.data) : reject(new Error(r.error)); });
    sock.on('error', reject);
  });
}

// Prints (does not install) a systemd unit so the user can enable boot start:
//   procwatch startup | sudo tee /etc/systemd/system/procwatch.service
function startupScript(user = process.env.USER) {
  return `[Unit]
Description=procwatch process manager
After=network.target

[Service]
Type=forking
User=${user}
Environment=PROCWATCH_HOME=${paths.HOME}
ExecStart=${process.execPath} ${path.join(__dirname, 'daemon.js')} --resurrect
PIDFile=${paths.PID_FILE}
Restart=on-failure

[Install]
WantedBy=multi-user.target
`;
}

module.exports = { send, spawnDaemon, daemonRunning, startupScript };
