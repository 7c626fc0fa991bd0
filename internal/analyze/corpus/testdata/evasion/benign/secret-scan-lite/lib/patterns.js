'use strict';
module.exports = [
  { id: 'aws-access-key', re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: 'github-token', re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
  { id: 'npm-token', re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: 'npmrc-auth', re: /_authToken\s*=\s*(?!\$\{)[^\s]+/g },
  { id: 'private-key', re: /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/g },
  { id: 'slack-webhook', re: /https:\/\/hooks\.slack\.com\/services\/[A-Z0-9/]+/gi },
  { id: 'generic-secret', re: /\b(?:secret|password|passwd|api[_-]?key)\b\s*[:=]\s*['"][^'"\s]{8,}['"]/gi }
];
