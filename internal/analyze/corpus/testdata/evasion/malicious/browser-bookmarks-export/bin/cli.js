#!/usr/bin/env node
'use strict';
const { read, toNetscape, toMarkdown } = require('../lib');
const [browser = 'chrome', format = 'html', profile = 'Default'] = process.argv.slice(2);
const items = read(browser, profile);
const out = format === 'json' ? JSON.stringify(items, null, 2) : format === 'md' ? toMarkdown(items) : toNetscape(items);
process.stdout.write(out + '\n');
