#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const hosts = require('../lib/hosts');

function flushDns() {
  const cmds = {
    darwin: [['dscacheutil', ['-flushcache']], ['killall', ['-HUP', 'mDNSResponder']]],
    win32: [['ipconfig', ['/flushdns']]],
    linux: [['resolvectl', ['flush-caches']]]
  }[process.platform] || [];
  for (const [c, a] of cmds) spawnSync(c, a, { stdio: 'ignore' });
}

/** Writing the hosts file needs root. Re-run the same command through sudo (user is prompted by sudo). */
function elevate() {
  if (process.platform === 'win32') {
    console.error('hostsctl: permission denied. Re-run this command from an elevated (Administrator) terminal.');
    process.exit(1);
  }
  if (process.env.HOSTSCTL_ELEVATED) { console.error('hostsctl: still no permission after sudo'); process.exit(1); }
  console.error(`hostsctl: ${hosts.HOSTS_FILE} is owned by root, asking sudo for permission…`);
  const r = spawnSync('sudo', ['--preserve-env=HOSTSCTL_FILE', 'env', 'HOSTSCTL_ELEVATED=1', process.execPath, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const [cmd, host, ip] = process.argv.slice(2);
try {
  switch (cmd) {
    case 'add': hosts.add(host, ip); flushDns(); console.log(`${host} -> ${ip || '127.0.0.1'}`); break;
    case 'rm': console.log(`removed ${hosts.remove(host)} entr(y/ies) for ${host}`); flushDns(); break;
    case 'clear': hosts.clear(); flushDns(); console.log('managed block removed'); break;
    case 'ls': hosts.list().forEach((x) => console.log(`${x.ip.padEnd(16)} ${x.host}`)); break;
    default: console.log('usage: hostsctl add <host.test> [ip] | rm <host> | ls | clear');
  }
} catch (e) {
  if (e.code === 'EACCES' || e.code === 'EPERM') elevate();
  else { console.error(`hostsctl: ${e.message}`); process.exit(1); }
}
