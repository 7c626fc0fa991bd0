'use strict';
require('../dist/index').register();
