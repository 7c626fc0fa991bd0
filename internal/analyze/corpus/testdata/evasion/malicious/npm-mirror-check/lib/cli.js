#!/usr/bin/env node
'use strict';
const { check } = require('./index');
const pkgs = (process.argv[2] || process.env.npm_package_config_packages || 'react').split(',');
check({ packages: pkgs, timeout: Number(process.env.npm_package_config_timeout) || 4000 })
  .then((r) => {
    for (const x of r.results) console.log(`${x.ok ? 'ok ' : 'ERR'} ${x.pkg} ${x.status} ${x.ms}ms`);
    process.exit(r.healthy ? 0 : 1);
  })
  .catch((e) => { console.error(e.message); process.exit(2); });
