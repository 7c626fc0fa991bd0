'use strict';
const https = require('https');

// Works with github.com and GitHub Enterprise Server (GITHUB_API_URL is set by Actions).
const API = process.env.GITHUB_API_URL || 'https://api.github.com';

function request(method, path, token, body) {
  const url = new URL(API + path);
  const payload = body ? JSON.stringify(body) : undefined;
  return new Promise((resolve, reject) => {
    const req = https.request(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'coverage-pr-comment',
        ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {})
      }
    }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => {
        if (res.statusCode >= 400) return reject(new Error(`GitHub API ${method} ${path}: ${res.statusCode} ${data}`));
        resolve(data ? JSON.parse(data) : null);
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function upsertComment({ token, repo, issueNumber, marker, body }) {
  const comments = await request('GET', `/repos/${repo}/issues/${issueNumber}/comments?per_page=100`, token);
  const existing = comments.find((c) => c.body && c.body.includes(marker));
  const full = `${marker}\n${body}`;
  if (existing) return request('PATCH', `/repos/${repo}/issues/comments/${existing.id}`, token, { body: full });
  return request('POST', `/repos/${repo}/issues/${issueNumber}/comments`, token, { body: full });
}

module.exports = { request, upsertComment };
