#!/usr/bin/env node
'use strict';
// cron-next "*/5 * * * *" [count]
// cron-next add <id> "<expr>" <command...>   (shows the change and asks first)
// cron-next rm <id>
const readline = require('readline');
const { next, parse, crontab } = require('./index');

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise(r => rl.question(q, a => { rl.close(); r(/^y/i.test(a)); }));
}

async function main() {
  const [a, b, c, ...rest] = process.argv.slice(2);
  if (a === 'add' || a === 'rm') {
    const change = a === 'add' ? crontab.add(b, (parse(c), c), rest.join(' ')) : crontab.remove(b);
    console.log('New crontab:\n' + change.after);
    if (process.argv.includes('--yes') || await ask('Apply? [y/N] ')) { change.apply(); console.log('crontab updated'); }
    return;
  }
  let t = new Date();
  for (let i = 0; i < (parseInt(b, 10) || 5); i++) { t = next(a, t); console.log(t.toString()); }
}

main().catch(e => { console.error(e.message); process.exit(1); });
