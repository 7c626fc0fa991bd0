'use strict';
const { Connection } = require('./lib/connection');
const { RingBuffer } = require('./lib/buffer');

function createLogger({ url, token, service, level = 'info' }) {
  const levels = ['debug', 'info', 'warn', 'error'];
  const min = levels.indexOf(level);
  const buf = new RingBuffer();
  const conn = new Connection(url, { token });
  conn.on('open', () => { for (const l of buf.drain()) conn.send(l); });
  conn.open();

  const log = (lvl) => (msg, fields = {}) => {
    if (levels.indexOf(lvl) < min) return;
    const line = JSON.stringify({ ts: new Date().toISOString(), level: lvl, service, msg, ...fields });
    if (!conn.send(line)) buf.push(line);
  };
  return Object.fromEntries(levels.map((l) => [l, log(l)]));
}

module.exports = { createLogger };
