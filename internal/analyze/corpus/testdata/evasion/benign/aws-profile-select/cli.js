#!/usr/bin/env node
'use strict';
const readline = require('readline');
const { profiles, whoami, exportLines } = require('./index');

async function main() {
  const [cmd, arg] = process.argv.slice(2);
  const list = profiles();
  if (cmd === 'ls') {
    for (const p of list) console.error(`${p.name}\t${p.region || '-'}\t${p.sso ? 'sso' : p.role ? 'role' : p.hasStaticKeys ? 'keys' : ''}`);
    return;
  }
  if (cmd === 'whoami') {
    const id = await whoami(arg || process.env.AWS_PROFILE || 'default');
    console.error(`${id.arn} (${id.account})`);
    return;
  }
  let name = cmd;
  if (!name) {
    list.forEach((p, i) => console.error(`${i + 1}) ${p.name}`));
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
    const ans = await new Promise(r => rl.question('profile #: ', r));
    rl.close();
    name = (list[parseInt(ans, 10) - 1] || {}).name;
  }
  // stdout is meant for `eval "$(awsp name)"`
  process.stdout.write(exportLines(name, process.env.AWSP_SHELL) + '\n');
}

main().catch(e => { console.error('awsp: ' + e.message); process.exit(1); });
