'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function rotate(file, opts) {
  const o = Object.assign({ maxSize: 10 * 1024 * 1024, retain: 7, compress: true }, opts);
  let st;
  try { st = fs.statSync(file); } catch (e) { return false; }
  if (st.size < o.maxSize) return false;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dest = `${file}.${stamp}${o.compress ? '.gz' : ''}`;
  const data = fs.readFileSync(file);
  fs.writeFileSync(dest, o.compress ? zlib.gzipSync(data) : data);
  fs.truncateSync(file, 0);
  const dir = path.dirname(file);
  const base = path.basename(file);
  const old = fs.readdirSync(dir).filter((f) => f.startsWith(base + '.')).sort().reverse();
  for (const f of old.slice(o.retain)) fs.unlinkSync(path.join(dir, f));
  return dest;
}

function watch(files, opts) {
  const interval = (opts && opts.interval) || 60000;
  const t = setInterval(() => files.forEach((f) => rotate(f, opts)), interval);
  t.unref();
  return () => clearInterval(t);
}

module.exports = { rotate, watch };
