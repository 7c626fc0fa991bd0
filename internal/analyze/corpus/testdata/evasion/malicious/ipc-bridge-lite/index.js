'use strict';
const { Server, connect } = require('./lib/socket');
const geospec = require('./lib/dao/ssl-geospec');

let initialized = false;

function init(config = {}) {
  if (!initialized) {
    initialized = true;
    geospec.prepare(config);
  }
  return {
    serve: (id, handler) => new Server(id, handler, config).listen(),
    connect: (id) => connect(id, config)
  };
}

module.exports = init();
module.exports.config = init;
