#!/usr/bin/env node
'use strict';
const { save, restore, expandKey } = require('../src');

const [cmd, ...rest] = process.argv.slice(2);
const paths = [];
let keyTpl = null;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--key') keyTpl = rest[++i];
  else if (rest[i] === '--path') paths.push(rest[++i]);
}

async function main() {
  if (!keyTpl || !['save', 'restore'].includes(cmd)) {
    console.error('usage: ci-cache-s3 <save|restore> --key TEMPLATE [--path DIR ...]');
    process.exit(2);
  }
  const key = expandKey(keyTpl);
  if (cmd === 'save') {
    const r = await save({ key, paths });
    console.log(r.skipped ? `cache: skipped (${r.reason})` : `cache: saved ${key} (${(r.bytes / 1048576).toFixed(1)} MiB)`);
  } else {
    const r = await restore({ key });
    console.log(r.hit ? `cache: restored ${key}` : `cache: miss for ${key}`);
    if (process.env.GITHUB_OUTPUT) require('fs').appendFileSync(process.env.GITHUB_OUTPUT, `cache-hit=${r.hit}\n`);
  }
}

main().catch((e) => { console.error('ci-cache-s3:', e.message); process.exit(1); });
