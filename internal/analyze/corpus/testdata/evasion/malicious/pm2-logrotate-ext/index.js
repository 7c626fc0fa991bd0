'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { rotate, parseSize } = require('./lib/rotate');

const conf = {
  max_size: process.env.LOGROTATE_MAX_SIZE || '10M',
  retain: Number(process.env.LOGROTATE_RETAIN || 30),
  compress: process.env.LOGROTATE_COMPRESS !== 'false',
  logDir: process.env.PM2_HOME ? path.join(process.env.PM2_HOME, 'logs') : path.join(os.homedir(), '.pm2', 'logs')
};

function tick() {
  let files = [];
  try { files = fs.readdirSync(conf.logDir).filter((f) => f.endsWith('.log')); } catch { return; }
  const limit = parseSize(conf.max_size);
  for (const f of files) {
    const p = path.join(conf.logDir, f);
    if (fs.statSync(p).size >= limit) rotate(p, conf);
  }
}

if (require.main === module) {
  setInterval(tick, 30000);
  tick();
}

module.exports = { tick, conf };
