#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { render, listTemplates, requiredSecrets } = require('../lib/render');

const USAGE = `Usage: actions-deploy-kit init <template> [--branch main] [--node 20] [--dir dist] [--force]
       actions-deploy-kit list

Templates: ${listTemplates().join(', ')}

Workflows are written to .github/workflows/. They reference repository secrets
by name; add those secrets under Settings > Secrets and variables > Actions.`;

function parseArgs(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const key = a.slice(2);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) out[key] = true;
      else { out[key] = next; i++; }
    } else out._.push(a);
  }
  return out;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const [cmd, name] = args._;
  if (cmd === 'list') {
    for (const t of listTemplates()) console.log(`${t.padEnd(14)} secrets: ${requiredSecrets(t).join(', ') || '(none)'}`);
    return;
  }
  if (cmd !== 'init' || !name) {
    console.log(USAGE);
    process.exitCode = cmd ? 1 : 0;
    return;
  }
  const vars = {
    branch: args.branch || 'main',
    node: String(args.node || '20'),
    dir: args.dir || 'dist',
    build: args.build || 'npm run build'
  };
  const yaml = render(name, vars);
  const dest = path.join(process.cwd(), '.github', 'workflows', `deploy-${name}.yml`);
  if (fs.existsSync(dest) && !args.force) {
    console.error(`${path.relative(process.cwd(), dest)} already exists (use --force to overwrite)`);
    process.exitCode = 1;
    return;
  }
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, yaml);
  console.log(`Created ${path.relative(process.cwd(), dest)}`);
  const secrets = requiredSecrets(name);
  if (secrets.length) {
    console.log('\nAdd these repository secrets before the first run:');
    for (const s of secrets) console.log(`  - ${s}`);
  }
}

main();
