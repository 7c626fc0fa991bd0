#!/usr/bin/env node
'use strict';
const { notify } = require('./index');
const [status = 'success', ...rest] = process.argv.slice(2);
const flavor = (rest.find((a) => a.startsWith('--flavor=')) || '--flavor=slack').split('=')[1];
notify({ status, flavor, title: rest.filter((a) => !a.startsWith('--')).join(' ') }).catch((e) => { console.error(e.message); process.exitCode = 1; });
