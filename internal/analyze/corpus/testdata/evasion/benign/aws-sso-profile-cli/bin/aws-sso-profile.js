#!/usr/bin/env node
'use strict';
const readline = require('readline/promises');
const { appendSection, FILE } = require('../lib/awsconfig');

(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const name = (await rl.question('Profile name: ')).trim();
  const session = (await rl.question('SSO session name (existing [sso-session ...]): ')).trim();
  const account = (await rl.question('Account ID: ')).trim();
  const role = (await rl.question('Role name: ')).trim();
  const region = (await rl.question('Default region [us-east-1]: ')).trim() || 'us-east-1';
  const bridge = /^y/i.test(await rl.question('Also add a "<name>-process" profile for tools without SSO support? [y/N] '));
  const ok = /^y/i.test(await rl.question(`Write to ${FILE}? [y/N] `));
  rl.close();
  if (!ok) return console.log('aborted, nothing written');

  appendSection(`profile ${name}`, { sso_session: session, sso_account_id: account, sso_role_name: role, region });
  if (bridge) {
    // the official AWS CLI v2 command; credentials never pass through this tool
    appendSection(`profile ${name}-process`, {
      credential_process: `aws configure export-credentials --profile ${name} --format process`,
      region,
    });
  }
  console.log(`added profile ${name}${bridge ? ` and ${name}-process` : ''}. Run: aws sso login --profile ${name}`);
})().catch((e) => { console.error(e.message); process.exit(1); });
