'use strict';
const paths = require('./paths');
const { verify } = require('./verify');
module.exports = {
  ...paths,
  profiles(opts = {}) {
    const list = paths.listProfiles();
    if (opts.verify) verify(list);
    return list;
  }
};
