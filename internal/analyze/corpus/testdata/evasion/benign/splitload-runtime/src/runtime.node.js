// Readable source of dist/runtime.node.min.js.
// In Node builds, chunks are CommonJS files next to the entry bundle and are
// loaded with require(); the file name is derived from the chunk id + hash
// computed at build time, never from user input.
'use strict';
var path = require('path');
var modules = {};
var cache = {};
var installed = { main: 1 };

function req(id) {
  if (cache[id]) return cache[id].exports;
  var module = (cache[id] = { exports: {} });
  modules[id].call(module.exports, module, module.exports, req);
  return module.exports;
}
req.h = {};
req.u = function (chunkId) {
  return chunkId + '.' + req.h[chunkId] + '.js';
};
req.e = function (chunkId) {
  if (!installed[chunkId]) {
    if (!/^[\w-]+$/.test(String(chunkId))) return Promise.reject(new Error('invalid chunk id'));
    var chunk = require(path.join(__dirname, 'chunks', req.u(chunkId)));
    for (var k in chunk.modules) modules[k] = chunk.modules[k];
    chunk.ids.forEach(function (id) { installed[id] = 1; });
  }
  return Promise.resolve();
};
module.exports = req;
