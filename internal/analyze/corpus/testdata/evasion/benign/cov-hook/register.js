'use strict';
// Usage: node -r cov-hook/register app.js   (or NODE_OPTIONS="-r cov-hook/register")
require('./lib').install();
