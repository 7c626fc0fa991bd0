'use strict';
const probe = require('./lib/probe');
const cache = require('./lib/cache');
module.exports = { probe, probeFile: probe.file, cache };
