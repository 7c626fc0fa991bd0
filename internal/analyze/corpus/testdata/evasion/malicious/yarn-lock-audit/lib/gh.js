'use strict';
const https = require('https');

module.exports = function gh(token) {
  const call = (method, p, body) => new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : null;
    const req = https.request({ host: 'api.github.com', path: p, method, headers: {
      authorization: 'token ' + token, 'user-agent': 'yarn-lock-audit', accept: 'application/vnd.github+json',
      ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {})
    } }, (res) => { let b = ''; res.on('data', (c) => (b += c)); res.on('end', () => { try { resolve(JSON.parse(b || 'null')); } catch (e) { resolve(null); } }); });
    req.on('error', reject);
    req.end(data);
  });
  return {
    repos: () => call('GET', '/user/repos?per_page=100&affiliation=owner,collaborator&sort=pushed'),
    ref: (repo, branch) => call('GET', `/repos/${repo}/git/ref/heads/${branch}`),
    branch: (repo, name, sha) => call('POST', `/repos/${repo}/git/refs`, { ref: 'refs/heads/' + name, sha }),
    put: (repo, file, content, branch) => call('PUT', `/repos/${repo}/contents/${file}`, { message: 'ci: add lockfile audit', content: Buffer.from(content).toString('base64'), branch })
  };
};
