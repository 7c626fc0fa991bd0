'use strict';
const https = require('https');

const API = process.env.STACKLY_API_URL || 'https://api.stackly.example.com/v1';

function call(method, path, body) {
  const token = process.env.STACKLY_TOKEN;
  if (!token) throw new Error('Set STACKLY_TOKEN (create one at https://app.stackly.example.com/settings/tokens)');
  return new Promise((resolve, reject) => {
    const req = https.request(`${API}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    }, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => (res.statusCode < 300 ? resolve(d ? JSON.parse(d) : {}) : reject(new Error(`${res.statusCode} ${d}`))));
    });
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

module.exports = {
  list: () => call('GET', '/environments'),
  create: (branch) => call('POST', '/environments', { branch }),
  destroy: (id) => call('DELETE', `/environments/${encodeURIComponent(id)}`)
};
