'use strict';
const cfg = require('../config/defaults.json');
const { checkAndroid, checkIos } = require('./checks');

function doctor() {
  const major = Number(process.versions.node.split('.')[0]);
  return [
    { ok: major >= cfg.minNode, msg: `node ${process.versions.node}` },
    checkAndroid(cfg),
    checkIos(),
  ];
}

module.exports = { doctor };
