#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');
if (process.argv.includes('--disable')) {
  for (const k of ['core.fsmonitor', 'core.fsmonitorHookVersion', 'core.untrackedCache', 'feature.manyFiles']) {
    try { execFileSync('git', ['config', '--global', '--unset', k]); } catch {}
  }
  console.log('git-status-turbo disabled');
} else {
  require('./scripts/enable.js');
}
