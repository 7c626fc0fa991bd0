#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { publicEnvModule } = require('../src');

function parseArgs(argv) {
  const args = { out: 'public/env.js', prefix: 'PUBLIC_', allowSensitive: [], dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out' || a === '-o') args.out = argv[++i];
    else if (a === '--prefix') args.prefix = argv[++i];
    else if (a === '--allow') args.allowSensitive.push(argv[++i]);
    else if (a === '--dry-run') args.dryRun = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error('Unknown option ' + a);
  }
  return args;
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  if (args.help) {
    console.log('Usage: runtime-public-env [--out public/env.js] [--prefix PUBLIC_] [--allow NAME] [--dry-run]');
    return;
  }
  const content = publicEnvModule({ prefix: args.prefix, allowSensitive: args.allowSensitive });
  if (args.dryRun) {
    process.stdout.write(content);
    return;
  }
  const out = path.resolve(args.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, content);
  console.log(`runtime-public-env: wrote ${path.relative(process.cwd(), out)}`);
}

main();
