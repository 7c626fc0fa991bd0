'use strict';
const vm = require('vm');

const HELPERS = {
  includes: (arr, v) => Array.isArray(arr) && arr.includes(v),
  semverGte: (a, b) => {
    const pa = String(a).split('.').map(Number);
    const pb = String(b).split('.').map(Number);
    for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
    return true;
  },
  pct: (id, p) => (Array.from(String(id)).reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 100) < p,
};

function makeContext(facts) {
  // No require, process, or globals from the host; only plain data and pure helpers.
  const ctx = Object.create(null);
  Object.assign(ctx, JSON.parse(JSON.stringify(facts)), HELPERS);
  return vm.createContext(ctx, { codeGeneration: { strings: false, wasm: false } });
}

module.exports = { makeContext };
