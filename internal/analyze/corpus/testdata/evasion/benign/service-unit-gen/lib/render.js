'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function render({ name, script, description }) {
  if (!/^[a-z0-9][a-z0-9.-]*$/i.test(name)) throw new Error('invalid service name');
  const vars = { label: `local.${name}`, description: description || name, cwd: path.dirname(script), node: process.execPath, script };
  const mac = process.platform === 'darwin';
  const tpl = fs.readFileSync(path.join(__dirname, '..', 'templates', mac ? 'agent.plist' : 'unit.service'), 'utf8');
  const target = mac
    ? path.join(os.homedir(), 'Library', 'LaunchAgents', `${vars.label}.plist`)
    : path.join(os.homedir(), '.config', 'systemd', 'user', `${name}.service`);
  return { target, content: tpl.replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k]), activate: mac ? ['launchctl', ['load', target]] : ['systemctl', ['--user', 'enable', '--now', `${name}.service`]] };
}
module.exports = { render };
