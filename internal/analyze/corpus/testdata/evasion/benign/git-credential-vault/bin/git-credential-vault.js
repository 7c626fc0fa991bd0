#!/usr/bin/env node
'use strict';
// Install once:   git-credential-vault install      (sets credential.helper globally)
// Git then calls: git credential-vault get|store|erase
const { execFileSync } = require('child_process');
const { readRequest, writeResponse } = require('../lib/protocol');
const { backend } = require('../lib/keychain');

async function main() {
  const op = process.argv[2];
  if (op === 'install') {
    execFileSync('git', ['config', '--global', 'credential.helper', 'vault']);
    console.log('Configured git to use git-credential-vault (credential.helper=vault).');
    console.log('Undo with: git config --global --unset credential.helper');
    return;
  }
  if (op === 'uninstall') {
    execFileSync('git', ['config', '--global', '--unset', 'credential.helper']);
    return;
  }
  if (!['get', 'store', 'erase'].includes(op)) {
    console.error('usage: git-credential-vault <get|store|erase|install|uninstall>');
    process.exit(1);
  }
  const req = await readRequest();
  if (!req.host || (req.protocol !== 'https' && req.protocol !== 'http')) return; // only HTTP(S) remotes
  const kc = backend();
  if (op === 'get') {
    const found = kc.get(req);
    if (found) writeResponse({ protocol: req.protocol, host: req.host, username: found.username, password: found.password });
  } else if (op === 'store' && req.username && req.password) {
    kc.store(req);
  } else if (op === 'erase') {
    kc.erase(req);
  }
}

main().catch(() => process.exit(0)); // helpers must never break git
