'use strict';
const path = require('path');
let binding;
try {
  binding = require(path.join(__dirname, '..', 'build', 'Release', 'imgpipe.node'));
} catch (err) {
  throw new Error(`imgpipe: native module failed to load. Try "npm rebuild imgpipe".\n${err.message}`);
}

class Pipeline {
  constructor(input) {
    this.input = input;
    this.ops = [];
  }
  resize(width) {
    this.ops.push(['resize', width]);
    return this;
  }
  toBuffer() {
    return Promise.resolve(this.ops.reduce((buf, [op, arg]) => binding[op](buf, arg), this.input));
  }
}

module.exports = (input) => new Pipeline(input);
