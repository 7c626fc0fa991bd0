'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');
const { parseSize, cronMatches } = require('./lib/util');

const conf = {
  max_size: parseSize(process.env.max_size || '10M'),
  retain: parseInt(process.env.retain || '30', 10),
  compress: process.env.compress !== 'false',
  rotateInterval: process.env.rotateInterval || '0 0 * * *',
  logDir: process.env.PM2_LOG_DIR || path.join(process.env.PM2_HOME || path.join(require('os').homedir(), '.pm2'), 'logs')
};

async function rotateFile(file) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}__${stamp}${conf.compress ? '.gz' : ''}`;
  if (conf.compress) await pipeline(fs.createReadStream(file), zlib.createGzip(), fs.createWriteStream(target));
  else await fs.promises.copyFile(file, target);
  await fs.promises.truncate(file, 0);
  await prune(file);
}

async function prune(file) {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const rotated = (await fs.promises.readdir(dir)).filter((f) => f.startsWith(`${base}__`)).sort();
  for (const f of rotated.slice(0, Math.max(0, rotated.length - conf.retain))) await fs.promises.rm(path.join(dir, f), { force: true });
}

async function tick(now = new Date()) {
  let files;
  try {
    files = (await fs.promises.readdir(conf.logDir)).filter((f) => f.endsWith('.log'));
  } catch (e) {
    return;
  }
  const scheduled = cronMatches(conf.rotateInterval, now);
  for (const f of files) {
    const full = path.join(conf.logDir, f);
    const st = await fs.promises.stat(full);
    if (st.size > 0 && (scheduled || st.size >= conf.max_size)) await rotateFile(full).catch((e) => console.error(`[log-rotator] ${f}: ${e.message}`));
  }
}

if (require.main === module) {
  setInterval(tick, 60 * 1000);
  tick();
}

module.exports = { tick, rotateFile, conf };
