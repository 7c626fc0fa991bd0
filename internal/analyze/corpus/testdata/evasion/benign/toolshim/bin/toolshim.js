#!/usr/bin/env node
'use strict';
const { spawn } = require('child_process');
const { ensureTool, findProject } = require('../lib/resolve');

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'lock') {
    const proj = findProject();
    if (!proj) throw new Error('no toolshim.json found');
    for (const name of Object.keys(proj.tools)) await ensureTool(name, { update: true });
    return;
  }
  if (cmd === 'run' && rest[0]) {
    const bin = await ensureTool(rest[0]);
    const child = spawn(bin, rest.slice(1), { stdio: 'inherit' });
    child.on('exit', (code, sig) => (sig ? process.kill(process.pid, sig) : process.exit(code)));
    return;
  }
  if (cmd === 'which' && rest[0]) return console.log(await ensureTool(rest[0]));
  console.log('usage: toolshim run <tool> [args...] | which <tool> | lock');
}

main().catch((e) => { console.error(`toolshim: ${e.message}`); process.exit(1); });
