'use strict';
const crypto = require('crypto');

function contentHash(content, algorithm, length) {
  const h = crypto.createHash(algorithm || 'sha256');
  h.update(typeof content === 'string' ? content : Buffer.from(content));
  return h.digest('base64url').slice(0, length || 16);
}

module.exports = { contentHash };
