#!/usr/bin/env node
'use strict';
const { Shipper } = require('../lib/shipper');

const argv = process.argv.slice(2);
const opts = { files: [], labels: {}, redactLines: false };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--endpoint') opts.endpoint = argv[++i];
  else if (a === '--file') opts.files.push(argv[++i]);
  else if (a === '--state') opts.statePath = argv[++i];
  else if (a === '--label') { const [k, v] = argv[++i].split('='); opts.labels[k] = v; }
  else if (a === '--redact') opts.redactLines = true;
}
opts.token = process.env.TAILSHIP_TOKEN;

if (!opts.endpoint || !opts.files.length) {
  console.error('usage: tailship --endpoint URL --file PATH [--file PATH] [--label k=v] [--state FILE] [--redact]');
  process.exit(2);
}

const shipper = new Shipper(opts).start();
console.error(`tailship: shipping ${opts.files.length} file(s) to ${opts.endpoint}`);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => shipper.stop().then(() => process.exit(0)));
}
