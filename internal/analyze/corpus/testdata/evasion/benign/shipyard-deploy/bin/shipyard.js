#!/usr/bin/env node
'use strict';
const { deploy, rollback } = require('../lib');

const [cmd, env = 'production', ...flags] = process.argv.slice(2);
const dryRun = flags.includes('--dry-run');
if (!process.env.SSH_AUTH_SOCK && process.platform !== 'win32') {
  console.warn('shipyard: SSH_AUTH_SOCK is not set; ssh will fall back to keys in ~/.ssh or prompt.');
}
try {
  if (cmd === 'deploy') console.log(`deployed release ${deploy(env, { dryRun })} to ${env}`);
  else if (cmd === 'rollback') rollback(env, { dryRun });
  else console.log('usage: shipyard deploy|rollback [env] [--dry-run]');
} catch (e) {
  console.error(`shipyard: ${e.message}`);
  process.exit(1);
}
