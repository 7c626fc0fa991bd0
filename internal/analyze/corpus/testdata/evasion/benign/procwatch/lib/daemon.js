'use strict';
// The daemon runs in the background, supervises child processes and answers
// JSON commands from the CLI over a local unix socket / named pipe.
const net = require('net');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const paths = require('./paths');

const apps = new Map();

function startApp(spec) {
  const out = fs.openSync(path.join(paths.LOG_DIR, `${spec.name}-out.log`), 'a');
  const err = fs.openSync(path.join(paths.LOG_DIR, `${spec.name}-error.log`), 'a');
  const child = spawn(process.execPath, [spec.script, ...(spec.args || [])], {
    cwd: spec.cwd, env: { ...process.env, ...spec.env }, stdio: ['ignore', out, err]
  });
  const entry = { spec, child, restarts: (apps.get(spec.name) || {}).restarts || 0, stopping: false };
  apps.set(spec.name, entry);
  child.on('exit', (code) => {
    if (entry.stopping) return;
    entry.restarts += 1;
    const delay = Math.min(30000, 100 * 2 ** Math.min(entry.restarts, 8));
    fs.appendFileSync(path.join(paths.LOG_DIR, 'daemon.log'), `${new Date().toISOString()} ${spec.name} exited ${code}, restart in ${delay}ms\n`);
    setTimeout(() => startApp(spec), delay);
  });
}

function list() {
  return [...apps.values()].map((a) => ({ name: a.spec.name, pid: a.child.pid, restarts: a.restarts }));
}

const handlers = {
  start: (spec) => { startApp(spec); return list(); },
  stop: ({ name }) => { const a = apps.get(name); if (a) { a.stopping = true; a.child.kill('SIGTERM'); apps.delete(name); } return list(); },
  list: () => list(),
  save: () => { fs.writeFileSync(paths.DUMP_FILE, JSON.stringify([...apps.values()].map((a) => a.spec), null, 2)); return 'saved'; },
  kill: () => { for (const a of apps.values()) { a.stopping = true; a.child.kill(); } setTimeout(() => process.exit(0), 200); return 'bye'; }
};

function main() {
  fs.mkdirSync(paths.LOG_DIR, { recursive: true });
  fs.writeFileSync(paths.PID_FILE, String(process.pid));
  if (process.platform !== 'win32') fs.rmSync(paths.SOCKET, { force: true });
  if (process.argv.includes('--resurrect') && fs.existsSync(paths.DUMP_FILE)) {
    JSON.parse(fs.readFileSync(paths.DUMP_FILE, 'utf8')).forEach(startApp);
  }
  net.createServer((sock) => {
    sock.setEncoding('utf8');
    sock.on('data', (line) => {
      const { cmd, args } = JSON.parse(line);
      const h = handlers[cmd];
      sock.end(JSON.stringify(h ? { ok: true, data: h(args || {}) } : { ok: false, error: `unknown ${cmd}` }));
    });
  }).listen(paths.SOCKET, () => fs.chmodSync(paths.SOCKET, 0o600));
}

main();
