'use strict';
// Builds an EIP-4361 "Sign-In with Ethereum" message.
function buildSiweMessage({ domain, address, statement, uri, version = '1', chainId, nonce, issuedAt, expirationTime }) {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) throw new Error('invalid address');
  if (!/^[a-zA-Z0-9]{8,}$/.test(nonce)) throw new Error('invalid nonce');
  const lines = [
    `${domain} wants you to sign in with your Ethereum account:`,
    address,
    '',
  ];
  if (statement) lines.push(statement, '');
  lines.push(
    `URI: ${uri}`,
    `Version: ${version}`,
    `Chain ID: ${chainId}`,
    `Nonce: ${nonce}`,
    `Issued At: ${issuedAt || new Date().toISOString()}`
  );
  if (expirationTime) lines.push(`Expiration Time: ${expirationTime}`);
  return lines.join('\n');
}

function toHexUtf8(str) {
  const bytes = new TextEncoder().encode(str);
  let hex = '0x';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

module.exports = { buildSiweMessage, toHexUtf8 };
