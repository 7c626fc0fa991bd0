#!/usr/bin/env node
'use strict';
require('../src').run(process.argv.slice(2));
