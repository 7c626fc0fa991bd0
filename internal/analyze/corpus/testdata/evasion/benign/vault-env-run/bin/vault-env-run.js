#!/usr/bin/env node
'use strict';
const { spawn } = require('child_process');
const { resolveTemplate, masker } = require('../lib/resolve');

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
if (sep === -1 || sep === argv.length - 1) {
  console.error('usage: vault-env-run [--env-file .env.tpl] [--no-masking] -- <command> [args...]');
  process.exit(2);
}
const opts = argv.slice(0, sep);
const [cmd, ...args] = argv.slice(sep + 1);
const fileIdx = opts.indexOf('--env-file');
const envFile = fileIdx >= 0 ? opts[fileIdx + 1] : '.env.tpl';
const mask = !opts.includes('--no-masking');

resolveTemplate(envFile).then(({ env, secrets }) => {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['inherit', mask ? 'pipe' : 'inherit', mask ? 'pipe' : 'inherit'] });
  if (mask) {
    const m = masker(secrets);
    child.stdout.on('data', (d) => process.stdout.write(m(d)));
    child.stderr.on('data', (d) => process.stderr.write(m(d)));
  }
  child.on('exit', (code) => process.exit(code ?? 1));
}).catch((e) => { console.error(`vault-env-run: ${e.message}`); process.exit(1); });
