'use strict';
// `node -r stacktrace-remap/register dist/app.js`
require('./lib').install();
