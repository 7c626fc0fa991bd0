'use strict';
// Usage: node -r envwalk/config app.js   (options via ENVWALK_PATH / ENVWALK_DEBUG)
require('./lib/main').config({
  path: process.env.ENVWALK_PATH || undefined,
  debug: process.env.ENVWALK_DEBUG === 'true'
});
