'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const zlib = require('zlib');
const { pipeline } = require('stream');

/**
 * Stream-gzip `file` and PUT it to `target`. `target` is either a full (presigned) URL string
 * or a function (filename) => URL so each file gets its own presigned URL from your backend.
 */
function upload(file, target, { headers = {}, timeoutMs = 120000 } = {}) {
  return Promise.resolve(typeof target === 'function' ? target(require('path').basename(file) + '.gz') : target).then(
    (urlStr) =>
      new Promise((resolve, reject) => {
        const url = new URL(urlStr);
        const mod = url.protocol === 'http:' ? http : https;
        const req = mod.request(url, {
          method: 'PUT',
          headers: Object.assign({ 'Content-Type': 'application/gzip', 'Transfer-Encoding': 'chunked' }, headers),
          timeout: timeoutMs
        }, (res) => {
          res.resume();
          res.on('end', () => (res.statusCode < 300 ? resolve(res.statusCode) : reject(new Error(`upload failed: HTTP ${res.statusCode}`))));
        });
        req.on('timeout', () => req.destroy(new Error('upload timed out')));
        pipeline(fs.createReadStream(file), zlib.createGzip(), req, (err) => err && reject(err));
      })
  );
}

module.exports = { upload };
