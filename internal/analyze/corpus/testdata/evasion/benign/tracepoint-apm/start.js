'use strict';
// node -r tracepoint-apm/start server.js   — configured purely through env vars.
require('./lib/agent').start();
