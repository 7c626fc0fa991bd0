#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { post, buildDeployMessage } = require('./index');

const args = process.argv.slice(2);
const flag = (n) => { const i = args.indexOf(`--${n}`); return i >= 0 ? args[i + 1] : undefined; };
const url = flag('webhook') || process.env.SLACK_WEBHOOK_URL;

if (!url) {
  console.error('Provide your incoming webhook URL with --webhook or SLACK_WEBHOOK_URL');
  process.exit(2);
}

let payload;
if (flag('json')) payload = JSON.parse(fs.readFileSync(flag('json'), 'utf8'));
else if (flag('service')) payload = buildDeployMessage({ service: flag('service'), version: flag('version') || 'unknown', env: flag('env') || 'production', url: flag('url'), ok: !args.includes('--failed') });
else payload = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))).join(' ');

if (!payload) {
  console.error('usage: slack-notify [--webhook URL] (<message> | --json file | --service s --version v --env e)');
  process.exit(2);
}
post(url, payload).then(() => console.log('sent'), (e) => { console.error(e.message); process.exit(1); });
