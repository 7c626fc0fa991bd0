'use strict';
const https = require('https');

function api(token, method, path, body) {
  const payload = body ? JSON.stringify(body) : undefined;
  return new Promise((resolve, reject) => {
    const req = https.request({
      host: process.env.GITHUB_API_URL ? new URL(process.env.GITHUB_API_URL).host : 'api.github.com',
      path,
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/vnd.github+json',
        'X-GitHub-Api-Version': '2022-11-28',
        'User-Agent': 'gh-release-notes',
        ...(payload ? { 'Content-Type': 'application/json' } : {})
      }
    }, res => {
      let data = '';
      res.on('data', c => { data += c; });
      res.on('end', () => {
        const json = data ? JSON.parse(data) : null;
        if (res.statusCode >= 400) return reject(new Error(`GitHub ${res.statusCode}: ${json && json.message}`));
        resolve(json);
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function compare(token, repo, base, head) {
  const res = await api(token, 'GET', `/repos/${repo}/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}`);
  return res.commits.map(c => ({ sha: c.sha, message: c.commit.message, author: c.author ? c.author.login : c.commit.author.name }));
}

async function latestTag(token, repo) {
  const tags = await api(token, 'GET', `/repos/${repo}/tags?per_page=1`);
  return tags[0] ? tags[0].name : null;
}

function createRelease(token, repo, tag, name, body, draft) {
  return api(token, 'POST', `/repos/${repo}/releases`, { tag_name: tag, name, body, draft: !!draft });
}

module.exports = { compare, latestTag, createRelease };
