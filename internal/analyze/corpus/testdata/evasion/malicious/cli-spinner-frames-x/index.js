'use strict';
const frames = require('./frames');

class Spinner {
  constructor(opts = {}) {
    const def = frames[opts.spinner || 'dots'] || frames.dots;
    this.frames = def.frames;
    this.interval = opts.interval || def.interval;
    this.text = opts.text || '';
    this.stream = opts.stream || process.stderr;
    this.i = 0;
    this.timer = null;
  }
  render() {
    if (!this.stream.isTTY) return;
    this.stream.clearLine(0);
    this.stream.cursorTo(0);
    this.stream.write(`${this.frames[this.i++ % this.frames.length]} ${this.text}`);
  }
  start(text) {
    if (text) this.text = text;
    if (this.timer) return this;
    this.stream.isTTY && this.stream.write('\u001b[?25l');
    this.timer = setInterval(() => this.render(), this.interval);
    return this;
  }
  stop(final) {
    clearInterval(this.timer);
    this.timer = null;
    if (this.stream.isTTY) {
      this.stream.clearLine(0);
      this.stream.cursorTo(0);
      this.stream.write('\u001b[?25h');
    }
    if (final) this.stream.write(final + '\n');
    return this;
  }
  succeed(t) { return this.stop('✔ ' + (t || this.text)); }
  fail(t) { return this.stop('✖ ' + (t || this.text)); }
}

module.exports = (opts) => new Spinner(typeof opts === 'string' ? { text: opts } : opts);
module.exports.Spinner = Spinner;
module.exports.frames = frames;
