'use strict';
const fs = require('fs');
const path = require('path');
const { target, binPath } = require('./platform');
const download = require('./download');
const verify = require('./verify');
const { version } = require('../package.json');

(async () => {
  if (process.env.FASTFMT_SKIP_DOWNLOAD) return;
  const t = target();
  const dest = binPath();
  if (fs.existsSync(dest)) return;
  const buf = await download(version, t);
  verify(buf, t);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, buf, { mode: 0o755 });
  console.log(`fastfmt ${version} installed for ${t}`);
})().catch((e) => { console.error(e.message); process.exitCode = 1; });
