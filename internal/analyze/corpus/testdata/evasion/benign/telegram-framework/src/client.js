'use strict';
const fs = require('fs');
const path = require('path');

const API_ROOT = 'https://api.telegram.org';

class TelegramClient {
  constructor(token, { apiRoot = API_ROOT } = {}) {
    if (!token || !/^\d+:[\w-]{30,}$/.test(token)) throw new TypeError('Invalid bot token; get one from @BotFather');
    this.token = token;
    this.apiRoot = apiRoot;
  }

  async call(method, payload = {}) {
    const hasFile = Object.values(payload).some((v) => v && typeof v === 'object' && v.source);
    let body;
    let headers = {};
    if (hasFile) {
      body = new FormData();
      for (const [k, v] of Object.entries(payload)) {
        if (v && v.source) {
          const data = Buffer.isBuffer(v.source) ? v.source : fs.readFileSync(v.source);
          body.append(k, new Blob([data]), v.filename || (typeof v.source === 'string' ? path.basename(v.source) : 'file'));
        } else if (v !== undefined) {
          body.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
        }
      }
    } else {
      body = JSON.stringify(payload);
      headers = { 'Content-Type': 'application/json' };
    }
    const res = await fetch(`${this.apiRoot}/bot${this.token}/${method}`, { method: 'POST', headers, body });
    const json = await res.json();
    if (!json.ok) {
      const err = new Error(`${method}: ${json.description}`);
      err.code = json.error_code;
      err.parameters = json.parameters;
      throw err;
    }
    return json.result;
  }

  getMe() { return this.call('getMe'); }
  getUpdates(offset, timeout = 30) { return this.call('getUpdates', { offset, timeout, allowed_updates: ['message', 'callback_query'] }); }
  sendMessage(chatId, text, extra = {}) { return this.call('sendMessage', { chat_id: chatId, text, ...extra }); }
  sendDocument(chatId, document, extra = {}) { return this.call('sendDocument', { chat_id: chatId, document, ...extra }); }
  answerCallbackQuery(id, text) { return this.call('answerCallbackQuery', { callback_query_id: id, text }); }
}

module.exports = { TelegramClient };
