'use strict';
const https = require('https');

module.exports = function api(token, { host = 'api.github.com', uploadHost = 'uploads.github.com' } = {}) {
  if (!token) throw new Error('GITHUB_TOKEN is required');
  const call = (method, path, body, { hostname = host, type = 'application/json' } = {}) => new Promise((resolve, reject) => {
    const data = body == null ? null : Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    const req = https.request({ hostname, path, method, headers: {
      authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'user-agent': 'gh-release-upload',
      'x-github-api-version': '2022-11-28', ...(data ? { 'content-type': type, 'content-length': data.length } : {})
    } }, (res) => {
      let s = ''; res.on('data', (c) => (s += c));
      res.on('end', () => (res.statusCode < 300 ? resolve(s ? JSON.parse(s) : null) : reject(new Error(`${method} ${path}: ${res.statusCode} ${s}`))));
    });
    req.on('error', reject);
    req.end(data);
  });
  return {
    createRelease: (repo, tag, opts) => call('POST', `/repos/${repo}/releases`, { tag_name: tag, name: tag, ...opts }),
    upload: (repo, id, name, buf) => call('POST', `/repos/${repo}/releases/${id}/assets?name=${encodeURIComponent(name)}`, buf, { hostname: uploadHost, type: 'application/octet-stream' })
  };
};
