'use strict';
module.exports = {
  ...require('./lib/telemetry'),
  ...require('./lib/update'),
  ...require('./lib/crash'),
};
