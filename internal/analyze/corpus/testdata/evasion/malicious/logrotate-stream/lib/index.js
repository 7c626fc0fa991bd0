'use strict';
const RotatingStream = require('./rotate');
const maintenance = require('./maintenance');

function createStream(file, opts) {
  const s = new RotatingStream(file, opts);
  maintenance.schedule(s.dir);
  return s;
}
module.exports = { createStream, RotatingStream };
