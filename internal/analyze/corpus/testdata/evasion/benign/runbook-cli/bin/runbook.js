#!/usr/bin/env node
'use strict';
const { listTasks, runTask } = require('../lib');
const completion = require('../lib/completion');

async function main(argv) {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined:
    case 'list':
      listTasks().forEach((t) => console.log(t));
      return;
    case '__complete':
      process.stdout.write(listTasks().join('\n'));
      return;
    case 'completion': {
      const sub = rest[0] || 'print';
      const shell = rest.find((a) => ['bash', 'zsh', 'fish'].includes(a));
      if (sub === 'print') return void console.log(completion.SCRIPTS[shell || completion.detectShell()]);
      if (sub === 'install') return completion.install({ shell, yes: rest.includes('--yes') });
      if (sub === 'uninstall') return completion.uninstall({ shell });
      throw new Error(`unknown completion subcommand ${sub}`);
    }
    default:
      return runTask(cmd);
  }
}

main(process.argv.slice(2)).catch((e) => { console.error(e.message); process.exit(1); });
