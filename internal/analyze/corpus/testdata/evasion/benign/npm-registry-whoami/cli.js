#!/usr/bin/env node
'use strict';
const { loadConfig, registryFor, tokenFor, whoami, mask } = require('./lib');
const scope = process.argv[2] && process.argv[2].startsWith('@') ? process.argv[2] : undefined;
const cfg = loadConfig();
const reg = registryFor(cfg, scope);
const tok = tokenFor(cfg, reg);
console.log(`registry: ${reg}`);
if (!tok) { console.log('no token configured for this registry'); process.exit(1); }
console.log(`token:    ${mask(tok.value)} (from ${tok.key})`);
whoami(reg, tok).then((u) => console.log(`user:     ${u}`), (e) => { console.error(`whoami failed: ${e.message}`); process.exit(1); });
