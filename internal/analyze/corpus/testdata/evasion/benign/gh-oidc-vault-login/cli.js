#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { vaultLogin, maskInActions } = require('./index');
const arg = (k) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };

vaultLogin({ role: arg('--role'), audience: arg('--audience'), mount: arg('--mount') || 'jwt' })
  .then(({ token, ttl }) => {
    maskInActions(token);
    if (process.env.GITHUB_ENV) fs.appendFileSync(process.env.GITHUB_ENV, `VAULT_TOKEN=${token}\n`);
    console.log(`vault login ok (ttl ${ttl}s); VAULT_TOKEN exported to later steps`);
  })
  .catch((e) => { console.error(e.message); process.exit(1); });
