#!/usr/bin/env node
'use strict';
const { login, logout } = require('../src');

function flag(name, def) {
  const i = process.argv.indexOf('--' + name);
  return i > -1 ? process.argv[i + 1] : def;
}

async function main() {
  const cmd = process.argv[2];
  const app = flag('app');
  if (!app || !['login', 'logout'].includes(cmd)) {
    console.error('usage: oidc-device-login login --app NAME --issuer URL --client-id ID [--scope S]\n       oidc-device-login logout --app NAME');
    process.exit(2);
  }
  if (cmd === 'logout') {
    console.error(logout({ app }) ? 'Logged out.' : 'Not logged in.');
    return;
  }
  await login({ app, issuer: flag('issuer'), clientId: flag('client-id'), scope: flag('scope', 'openid offline_access') });
}

main().catch((e) => { console.error('error:', e.message); process.exit(1); });
