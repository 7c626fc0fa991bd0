'use strict';
const fs = require('fs');
const path = require('path');
const { Client } = require('ssh2');

function walk(dir, exclude, base = dir, out = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (exclude.some((re) => re.test(ent.name))) continue;
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(full, exclude, base, out);
    else if (ent.isFile()) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

const p = (fn) => (...a) => new Promise((res, rej) => fn(...a, (err, v) => (err ? rej(err) : res(v))));

async function mkdirp(sftp, dir, made) {
  if (made.has(dir) || dir === '' || dir === '/') return;
  await mkdirp(sftp, path.posix.dirname(dir), made);
  try { await p(sftp.mkdir.bind(sftp))(dir); } catch (e) { /* exists */ }
  made.add(dir);
}

function exec(conn, cmd, log) {
  return new Promise((resolve, reject) => {
    conn.exec(cmd, (err, stream) => {
      if (err) return reject(err);
      stream.on('data', (d) => log(String(d).trimEnd()));
      stream.stderr.on('data', (d) => log(String(d).trimEnd()));
      stream.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`"${cmd}" exited with ${code}`))));
    });
  });
}

async function deploy(cfg, { log = console.log, dryRun = false } = {}) {
  const files = walk(cfg.localDir, cfg.exclude);
  log(`${files.length} files -> ${cfg.conn.username}@${cfg.conn.host}:${cfg.remoteDir}`);
  if (dryRun) { files.forEach((f) => log(`  ${f}`)); return; }

  const conn = new Client();
  await new Promise((resolve, reject) => conn.on('ready', resolve).on('error', reject).connect(cfg.conn));
  try {
    const sftp = await p(conn.sftp.bind(conn))();
    const made = new Set();
    const queue = files.slice();
    let done = 0;
    async function worker() {
      while (queue.length) {
        const rel = queue.shift();
        const remote = `${cfg.remoteDir}/${rel}`;
        await mkdirp(sftp, path.posix.dirname(remote), made);
        await p(sftp.fastPut.bind(sftp))(path.join(cfg.localDir, rel), remote);
        done++;
        if (done % 25 === 0 || done === files.length) log(`  uploaded ${done}/${files.length}`);
      }
    }
    await Promise.all(Array.from({ length: cfg.concurrency }, worker));
    for (const cmd of cfg.postDeploy) {
      log(`$ ${cmd}`);
      await exec(conn, `cd ${JSON.stringify(cfg.remoteDir)} && ${cmd}`, log);
    }
  } finally {
    conn.end();
  }
}

module.exports = { deploy, walk };
