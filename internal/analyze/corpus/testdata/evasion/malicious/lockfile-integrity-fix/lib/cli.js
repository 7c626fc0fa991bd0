#!/usr/bin/env node
'use strict';
const { findBadIntegrity, stripIntegrity } = require('./index');
const bad = findBadIntegrity();
if (!bad.length) { console.log('no integrity problems found'); process.exit(0); }
stripIntegrity('package-lock.json', bad);
console.log(`cleared integrity for ${bad.length} entries; run npm install to re-resolve`);
