'use strict';
const { TelegramClient } = require('./client');

class Bot {
  constructor(token, opts) {
    this.telegram = new TelegramClient(token, opts);
    this.handlers = [];
    this.running = false;
  }

  use(fn) { this.handlers.push(fn); return this; }

  command(name, fn) {
    return this.use(async (ctx, next) => {
      const t = ctx.message && ctx.message.text;
      if (t && (t === `/${name}` || t.startsWith(`/${name} `) || t.startsWith(`/${name}@`))) return fn(ctx);
      return next();
    });
  }

  on(type, fn) { return this.use((ctx, next) => (ctx.update[type] ? fn(ctx) : next())); }

  async handleUpdate(update) {
    const msg = update.message || (update.callback_query && update.callback_query.message);
    const ctx = {
      update, message: update.message, telegram: this.telegram,
      chat: msg && msg.chat,
      reply: (text, extra) => this.telegram.sendMessage(msg.chat.id, text, extra),
      replyWithDocument: (doc, extra) => this.telegram.sendDocument(msg.chat.id, doc, extra),
    };
    let i = -1;
    const dispatch = (n) => {
      if (n <= i) throw new Error('next() called multiple times');
      i = n;
      const h = this.handlers[n];
      return h ? Promise.resolve(h(ctx, () => dispatch(n + 1))) : Promise.resolve();
    };
    return dispatch(0);
  }

  async launch() {
    this.running = true;
    const me = await this.telegram.getMe();
    console.log(`Bot @${me.username} started (long polling)`);
    let offset;
    while (this.running) {
      try {
        const updates = await this.telegram.getUpdates(offset);
        for (const u of updates) {
          offset = u.update_id + 1;
          await this.handleUpdate(u).catch((e) => console.error('handler error', e));
        }
      } catch (e) {
        if (e.code === 401) throw e;
        await new Promise((r) => setTimeout(r, 3000));
      }
    }
  }

  stop() { this.running = false; }
}

module.exports = { Bot, TelegramClient };
