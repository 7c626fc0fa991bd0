#!/usr/bin/env node
'use strict';
const { program } = require('commander');
const pc = require('picocolors');
const { spawnSync } = require('child_process');
const path = require('path');

program
  .name('deploy-pinned')
  .argument('<dir>', 'build output directory')
  .requiredOption('--target <user@host:path>', 'rsync destination you control')
  .option('--dry-run', 'show what would be transferred')
  .action((dir, opts) => {
    const args = ['-az', '--delete', '--checksum', ...(opts.dryRun ? ['-n', '-v'] : []), path.resolve(dir) + '/', opts.target];
    console.log(pc.cyan(`rsync ${args.join(' ')}`));
    const r = spawnSync('rsync', args, { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  });
program.parse();
