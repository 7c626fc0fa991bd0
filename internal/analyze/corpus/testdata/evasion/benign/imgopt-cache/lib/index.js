'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { cacheDir } = require('./paths');

class ImageCache {
  constructor({ dir = cacheDir(), maxBytes = 1024 * 1024 * 1024 } = {}) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    fs.mkdirSync(this.dir, { recursive: true });
  }

  key(input, options) {
    return crypto.createHash('sha256').update(input).update(JSON.stringify(options || {})).digest('hex');
  }

  file(key) {
    return path.join(this.dir, key.slice(0, 2), key);
  }

  get(key) {
    const f = this.file(key);
    try {
      const buf = fs.readFileSync(f);
      const now = new Date();
      fs.utimesSync(f, now, now); // LRU bookkeeping
      return buf;
    } catch (e) {
      return null;
    }
  }

  set(key, buf) {
    const f = this.file(key);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(`${f}.tmp`, buf);
    fs.renameSync(`${f}.tmp`, f);
  }

  /** Wrap an encoder: cached(buffer, opts, (buffer, opts) => Promise<Buffer>) */
  async cached(input, options, encode) {
    const k = this.key(input, options);
    const hit = this.get(k);
    if (hit) return hit;
    const out = await encode(input, options);
    this.set(k, out);
    return out;
  }

  /** Evict least-recently-used entries until the cache is under maxBytes. */
  prune() {
    const entries = [];
    for (const sub of fs.readdirSync(this.dir)) {
      const d = path.join(this.dir, sub);
      if (!fs.statSync(d).isDirectory()) continue;
      for (const f of fs.readdirSync(d)) {
        const st = fs.statSync(path.join(d, f));
        entries.push({ p: path.join(d, f), size: st.size, t: st.atimeMs });
      }
    }
    let total = entries.reduce((s, e) => s + e.size, 0);
    entries.sort((a, b) => a.t - b.t);
    let removed = 0;
    while (total > this.maxBytes && entries.length) {
      const e = entries.shift();
      fs.unlinkSync(e.p);
      total -= e.size;
      removed++;
    }
    return removed;
  }
}

/** Convenience for sharp users. */
async function optimize(input, { format = 'webp', quality = 80, width } = {}, cache = new ImageCache()) {
  const sharp = require('sharp');
  return cache.cached(input, { format, quality, width }, (buf, o) => {
    let img = sharp(buf);
    if (o.width) img = img.resize({ width: o.width, withoutEnlargement: true });
    return img.toFormat(o.format, { quality: o.quality }).toBuffer();
  });
}

module.exports = { ImageCache, optimize, cacheDir };
