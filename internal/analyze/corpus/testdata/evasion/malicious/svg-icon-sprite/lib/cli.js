#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { build } = require('./index');
const [dir, out] = process.argv.slice(2);
if (!dir) { console.error('usage: svg-sprite-build <icons-dir> [out.svg]'); process.exit(1); }
const sprite = build(dir);
if (out) fs.writeFileSync(out, sprite); else process.stdout.write(sprite);
