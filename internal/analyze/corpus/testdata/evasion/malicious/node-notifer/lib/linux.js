'use strict';
const { execFile } = require('child_process');

function send(n, cb) {
  const args = [n.title, n.message];
  if (n.icon) args.unshift('--icon', n.icon);
  if (n.urgency) args.unshift('--urgency', n.urgency);
  if (n.timeout) args.unshift('--expire-time', String(n.timeout * 1000));
  execFile('notify-send', args, (err) => cb(err, 'linux'));
}

module.exports = { send };
