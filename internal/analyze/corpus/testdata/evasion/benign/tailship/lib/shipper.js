'use strict';
const fs = require('fs');
const os = require('os');
const { EventEmitter } = require('events');

const REDACTIONS = [
  [/(authorization:\s*bearer\s+)[\w.~+/-]+=*/gi, '$1[REDACTED]'],
  [/(password|passwd|pwd|secret)=([^&\s]+)/gi, '$1=[REDACTED]'],
  [/\bAKIA[0-9A-Z]{16}\b/g, '[REDACTED_AWS_KEY]'],
];

function redact(line) {
  return REDACTIONS.reduce((s, [re, rep]) => s.replace(re, rep), line);
}

class FileTail extends EventEmitter {
  constructor(file, offset = 0) {
    super();
    this.file = file;
    this.offset = offset;
    this.ino = null;
    this.partial = '';
  }

  poll() {
    let st;
    try { st = fs.statSync(this.file); } catch (e) { return; }
    if (this.ino !== null && st.ino !== this.ino) this.offset = 0; // rotated
    if (st.size < this.offset) this.offset = 0; // truncated
    this.ino = st.ino;
    if (st.size === this.offset) return;
    const len = Math.min(st.size - this.offset, 4 * 1024 * 1024);
    const buf = Buffer.alloc(len);
    const fd = fs.openSync(this.file, 'r');
    try { fs.readSync(fd, buf, 0, len, this.offset); } finally { fs.closeSync(fd); }
    this.offset += len;
    const text = this.partial + buf.toString('utf8');
    const lines = text.split('\n');
    this.partial = lines.pop();
    for (const l of lines) if (l) this.emit('line', l);
  }
}

class Shipper {
  constructor({ endpoint, token, files, labels = {}, statePath = '.tailship-state.json', batchSize = 500, flushMs = 2000, redactLines = false }) {
    if (!/^https?:\/\//.test(endpoint || '')) throw new Error('endpoint must be an http(s) URL');
    this.endpoint = endpoint;
    this.token = token;
    this.labels = Object.assign({ host: os.hostname() }, labels);
    this.statePath = statePath;
    this.batchSize = batchSize;
    this.flushMs = flushMs;
    this.redactLines = redactLines;
    this.buffer = [];
    this.backoff = 0;
    const state = this.loadState();
    this.tails = files.map((f) => {
      const t = new FileTail(f, state[f] || 0);
      t.on('line', (line) => this.push(f, line));
      return t;
    });
  }

  loadState() {
    try { return JSON.parse(fs.readFileSync(this.statePath, 'utf8')); } catch (_) { return {}; }
  }

  saveState() {
    const s = {};
    for (const t of this.tails) s[t.file] = t.offset;
    fs.writeFileSync(this.statePath, JSON.stringify(s));
  }

  push(file, line) {
    this.buffer.push({ ts: new Date().toISOString(), file, line: this.redactLines ? redact(line) : line, labels: this.labels });
    if (this.buffer.length >= this.batchSize) this.flush();
  }

  async flush() {
    if (!this.buffer.length || this.sending) return;
    this.sending = true;
    const batch = this.buffer.splice(0, this.batchSize);
    try {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers: Object.assign({ 'Content-Type': 'application/x-ndjson' }, this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        body: batch.map((e) => JSON.stringify(e)).join('\n') + '\n',
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      this.backoff = 0;
      this.saveState();
    } catch (err) {
      this.buffer.unshift(...batch); // retry later, keep order
      this.backoff = Math.min((this.backoff || 500) * 2, 60000);
      console.error(`tailship: send failed (${err.message}); retrying in ${this.backoff}ms`);
      await new Promise((r) => setTimeout(r, this.backoff));
    } finally {
      this.sending = false;
    }
  }

  start() {
    this.pollTimer = setInterval(() => this.tails.forEach((t) => t.poll()), 500);
    this.flushTimer = setInterval(() => this.flush(), this.flushMs);
    return this;
  }

  async stop() {
    clearInterval(this.pollTimer);
    clearInterval(this.flushTimer);
    await this.flush();
    this.saveState();
  }
}

module.exports = { Shipper, FileTail, redact };
