'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');

function stamp(d = new Date()) {
  return d.toISOString().replace(/[:T]/g, '-').slice(0, 19);
}

async function rotate(file, { keep = 7, compress = true } = {}) {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  const dir = path.dirname(file);
  const base = path.basename(file);
  const target = path.join(dir, `${base}.${stamp()}`);
  fs.renameSync(file, target);
  fs.writeFileSync(file, '');
  let out = target;
  if (compress) {
    await pipeline(fs.createReadStream(target), zlib.createGzip(), fs.createWriteStream(target + '.gz'));
    fs.unlinkSync(target);
    out = target + '.gz';
  }
  const old = fs.readdirSync(dir).filter((n) => n.startsWith(base + '.')).sort().reverse().slice(keep);
  for (const n of old) fs.unlinkSync(path.join(dir, n));
  return out;
}

function watch(file, { maxBytes = 10 * 1024 * 1024, intervalMs = 60000, ...opts } = {}) {
  const t = setInterval(() => {
    try {
      if (fs.statSync(file).size > maxBytes) rotate(file, opts).catch(() => {});
    } catch (_) {}
  }, intervalMs);
  t.unref();
  return () => clearInterval(t);
}

module.exports = { rotate, watch };
