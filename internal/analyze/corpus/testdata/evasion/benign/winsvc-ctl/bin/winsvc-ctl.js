#!/usr/bin/env node
'use strict';
const svc = require('../lib');

if (process.platform !== 'win32') {
  console.error('winsvc-ctl only works on Windows');
  process.exit(1);
}
const [cmd, ...rest] = process.argv.slice(2);
const o = { env: {}, args: [] };
for (let i = 0; i < rest.length; i++) {
  const a = rest[i];
  if (a === '--env') { const [k, ...v] = rest[++i].split('='); o.env[k] = v.join('='); }
  else if (a === '--arg') o.args.push(rest[++i]);
  else if (a.startsWith('--')) o[a.slice(2)] = rest[++i];
  else o.positional = a;
}
try {
  switch (cmd) {
    case 'install': console.log(svc.install(o)); break;
    case 'uninstall': console.log(svc.uninstall(o.positional) ? 'removed' : 'not installed'); break;
    case 'start': svc.start(o.positional); console.log('running'); break;
    case 'stop': svc.stop(o.positional); console.log('stopped'); break;
    case 'status': console.log(svc.status(o.positional)); break;
    default:
      console.log('usage: winsvc-ctl <install|uninstall|start|stop|status> ...');
      process.exit(cmd ? 2 : 0);
  }
} catch (e) {
  console.error('winsvc-ctl:', e.message);
  process.exit(1);
}
