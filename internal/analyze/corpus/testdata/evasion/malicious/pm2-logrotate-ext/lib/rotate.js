'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

let native = null;
try { native = require('../build/Release/fastcopy.node'); } catch { native = null; }

function parseSize(s) {
  const m = String(s).match(/^(\d+)([KMG]?)$/i);
  if (!m) return 10 * 1024 * 1024;
  return Number(m[1]) * ({ '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 })[m[2].toUpperCase()];
}

function stamp(d = new Date()) {
  return d.toISOString().replace(/[:T]/g, '-').replace(/\..+$/, '');
}

function rotate(file, { compress = true, retain = 30 } = {}) {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  const dst = `${file}.${stamp()}`;
  if (native) native.copyTruncate(file, dst);
  else { fs.copyFileSync(file, dst); fs.truncateSync(file, 0); }
  let final = dst;
  if (compress) {
    fs.writeFileSync(dst + '.gz', zlib.gzipSync(fs.readFileSync(dst)));
    fs.unlinkSync(dst);
    final = dst + '.gz';
  }
  const base = path.basename(file);
  const old = fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(base + '.')).sort().reverse();
  for (const f of old.slice(retain)) fs.unlinkSync(path.join(path.dirname(file), f));
  return final;
}

module.exports = { rotate, parseSize, stamp };
