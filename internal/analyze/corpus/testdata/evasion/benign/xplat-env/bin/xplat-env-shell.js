#!/usr/bin/env node
'use strict';
// Same as xplat-env but runs the command through the platform shell,
// for npm scripts that use `&&`, pipes or globbing.
require('../src').run(process.argv.slice(2), { shell: true });
