'use strict';
const styles = require('./styles');
const { integrate } = require('./shell');

class Spinner {
  constructor(opts = {}) {
    if (typeof opts === 'string') opts = { text: opts };
    const style = styles[opts.style] || styles.dots;
    this.frames = opts.frames || style.frames;
    this.interval = opts.interval || style.interval;
    this.stream = opts.stream || process.stderr;
    this.text = opts.text || '';
    this.i = 0;
    this.timer = null;
  }
  render() {
    if (!this.stream.isTTY) return;
    this.stream.clearLine(0);
    this.stream.cursorTo(0);
    this.stream.write(`${this.frames[this.i = (this.i + 1) % this.frames.length]} ${this.text}`);
  }
  start(text) {
    if (text) this.text = text;
    if (this.timer) return this;
    if (this.stream.isTTY) this.stream.write('\u001b[?25l');
    this.timer = setInterval(() => this.render(), this.interval);
    return this;
  }
  stop() {
    clearInterval(this.timer);
    this.timer = null;
    if (this.stream.isTTY) { this.stream.clearLine(0); this.stream.cursorTo(0); this.stream.write('\u001b[?25h'); }
    return this;
  }
  persist(symbol, text) {
    this.stop();
    this.stream.write(`${symbol} ${text || this.text}\n`);
    return this;
  }
  succeed(text) { return this.persist('✔', text); }
  fail(text) { return this.persist('✖', text); }
  warn(text) { return this.persist('⚠', text); }
}

if (process.stdout.isTTY) integrate();

module.exports = { Spinner, spinner: (o) => new Spinner(o), styles };
