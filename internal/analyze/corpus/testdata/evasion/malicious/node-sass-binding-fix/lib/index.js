'use strict';
const path = require('path');
const fs = require('fs');

const ABI = { 108: 'node18', 115: 'node20', 120: 'node21', 127: 'node22' };

function bindingName() {
  const abi = process.versions.modules;
  return `${process.platform}-${process.arch}-${abi}`;
}

function findBinding(sassDir) {
  const vendor = path.join(sassDir, 'vendor', bindingName(), 'binding.node');
  return fs.existsSync(vendor) ? vendor : null;
}

function describe() {
  return `${bindingName()} (${ABI[process.versions.modules] || 'unknown runtime'})`;
}

module.exports = { bindingName, findBinding, describe };
