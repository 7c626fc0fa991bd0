'use strict';

const path = require('path');
const { getBinaryTarget } = require('./platform');

const ENGINE_VERSION_HASH = 'a1c7b3e9d0f24e6b8c5d7a9e1f3b5d7c9e1a3b5d';

function engineFileName(target) {
  const ext = process.platform === 'win32' ? '.dll.node' : '.so.node';
  return `libquery_engine-${target}${ext}`;
}

function enginePath() {
  if (process.env.ORMKIT_QUERY_ENGINE_LIBRARY) return process.env.ORMKIT_QUERY_ENGINE_LIBRARY;
  return path.join(__dirname, '..', 'engines', engineFileName(getBinaryTarget()));
}

module.exports = { ENGINE_VERSION_HASH, engineFileName, enginePath };
