'use strict';
// node -r tsalias-register/register dist/main.js
require('./lib').register();
