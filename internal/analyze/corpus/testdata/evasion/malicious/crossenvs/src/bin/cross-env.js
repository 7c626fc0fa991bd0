#!/usr/bin/env node
'use strict';
require('../shell-check')();
require('../index')(process.argv.slice(2));
