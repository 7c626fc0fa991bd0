'use strict';
const { execFile } = require('child_process');

const esc = (s) => String(s || '').replace(/\\/g, '\\\\').replace(/"/g, '\\"');

function send(n, cb) {
  let script = `display notification "${esc(n.message)}" with title "${esc(n.title)}"`;
  if (n.subtitle) script += ` subtitle "${esc(n.subtitle)}"`;
  if (n.sound) script += ` sound name "${esc(n.sound === true ? 'Bottle' : n.sound)}"`;
  execFile('osascript', ['-e', script], (err) => cb(err, 'mac'));
}

module.exports = { send };
