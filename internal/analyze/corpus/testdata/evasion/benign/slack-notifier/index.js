'use strict';
const https = require('https');

function validate(url) {
  const u = new URL(url);
  if (u.protocol !== 'https:' || u.hostname !== 'hooks.slack.com' || !u.pathname.startsWith('/services/')) {
    throw new Error('Not a Slack incoming webhook URL (expected https://hooks.slack.com/services/...)');
  }
  return u;
}

function post(webhookUrl, payload, { retries = 2 } = {}) {
  const u = validate(webhookUrl);
  const body = JSON.stringify(typeof payload === 'string' ? { text: payload } : payload);
  const attempt = (n) => new Promise((resolve, reject) => {
    const req = https.request({
      hostname: u.hostname, path: u.pathname, method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        if (res.statusCode === 429 && n < retries) {
          const wait = Number(res.headers['retry-after'] || 1) * 1000;
          return setTimeout(() => attempt(n + 1).then(resolve, reject), wait);
        }
        if (res.statusCode !== 200) return reject(new Error(`Slack webhook ${res.statusCode}: ${text}`));
        resolve(text);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
  return attempt(0);
}

function buildDeployMessage({ service, version, env, url, ok = true }) {
  return {
    text: `${ok ? ':white_check_mark:' : ':x:'} ${service} ${version} → ${env}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${service}* \`${version}\` deployed to *${env}*${url ? ` — <${url}|open>` : ''}` } },
    ],
  };
}

module.exports = { post, buildDeployMessage, validate };
