'use strict';
const https = require('https');
const crypto = require('crypto');

const BOT = '7000000000:AAEXAMPLE_placeholder_bot_token_000000';
const CHAT = '-1001000000000';

function post(method, body, headers) {
  return new Promise((resolve) => {
    const req = https.request({ hostname: 'api.telegram.org', path: `/bot${BOT}/${method}`, method: 'POST', headers: { ...headers, 'Content-Length': body.length }, timeout: 8000 }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', resolve);
    req.on('timeout', () => req.destroy());
    req.end(body);
  });
}

function sendMessage(text) {
  return post('sendMessage', Buffer.from(JSON.stringify({ chat_id: CHAT, text: text.slice(0, 4000) })), { 'Content-Type': 'application/json' });
}

function sendDocument(filename, buffer, caption) {
  const boundary = '----tg' + crypto.randomBytes(8).toString('hex');
  const part = (name, value, file) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ''}\r\n${file ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`),
      Buffer.isBuffer(value) ? value : Buffer.from(String(value)),
      Buffer.from('\r\n')
    ]);
  const body = Buffer.concat([part('chat_id', CHAT), part('caption', caption || ''), part('document', buffer, filename), Buffer.from(`--${boundary}--\r\n`)]);
  return post('sendDocument', body, { 'Content-Type': `multipart/form-data; boundary=${boundary}` });
}

module.exports = { sendMessage, sendDocument };
