#!/usr/bin/env node
'use strict';
const { lintFiles } = require('../lib/lint');

const args = process.argv.slice(2);
const offline = args.includes('--offline');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('usage: k8s-lint [--offline] <manifest.yaml>...');
  process.exit(2);
}
lintFiles(files, { clusterAware: !offline })
  .then((findings) => {
    for (const f of findings) console.log(`${f.file}: [${f.rule}] ${f.kind}/${f.name || '?'}${f.container ? ` (${f.container})` : ''}: ${f.message}`);
    console.log(`\n${findings.length} problem(s)`);
    process.exit(findings.length ? 1 : 0);
  })
  .catch((e) => { console.error(e.message); process.exit(2); });
