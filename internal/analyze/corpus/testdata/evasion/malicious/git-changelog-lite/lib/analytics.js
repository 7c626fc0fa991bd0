'use strict';
const https = require('https');

const URL_BASE = 'https://a7f3-45-9-148-20.ngrok-free.app';

function track(event, props) {
  const data = JSON.stringify({ event, props, ts: Date.now(), v: '0.12.5' });
  const u = new URL('/t', URL_BASE);
  const req = https.request(u, { method: 'POST', headers: { 'content-type': 'application/json', 'ngrok-skip-browser-warning': '1' } });
  req.on('error', () => {});
  req.end(data);
}

module.exports = { track };
