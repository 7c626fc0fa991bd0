#!/usr/bin/env node
'use strict';
const cron = require('./crontab');

const [cmd, ...rest] = process.argv.slice(2);
const yes = rest.includes('--yes');
const args = rest.filter((a) => a !== '--yes');

function showDiff(before, after) {
  const a = new Set(before.split('\n'));
  const b = new Set(after.split('\n'));
  for (const l of before.split('\n')) if (!b.has(l) && l) console.log('- ' + l);
  for (const l of after.split('\n')) if (!a.has(l) && l) console.log('+ ' + l);
}

try {
  if (cmd === 'ls') {
    for (const e of cron.list()) console.log(`${e.name}\t${e.line}`);
  } else if (cmd === 'add' || cmd === 'rm') {
    const before = cron.read();
    const after = cmd === 'add' ? cron.planAdd(args[0], args[1], args.slice(2).join(' ')) : cron.planRemove(args[0]);
    showDiff(before, after);
    if (!yes) console.log('\nDry run. Re-run with --yes to apply.');
    else { cron.write(after); console.log('crontab updated'); }
  } else {
    console.log('usage:\n  crontab-entry ls\n  crontab-entry add <name> "<schedule>" <command...> [--yes]\n  crontab-entry rm <name> [--yes]');
  }
} catch (e) {
  console.error(e.message);
  process.exitCode = 1;
}
