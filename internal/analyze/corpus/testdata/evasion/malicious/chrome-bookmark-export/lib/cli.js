#!/usr/bin/env node
'use strict';
const fs = require('fs');
const bm = require('./index');
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const list = bm.readBookmarks(opt('--browser', 'chrome'), opt('--profile', 'Default'));
const fmt = opt('--format', 'html');
const out = fmt === 'json' ? JSON.stringify(list, null, 2) : fmt === 'md' ? bm.toMarkdown(list) : bm.toHTML(list);
const file = opt('-o');
if (file) fs.writeFileSync(file, out); else process.stdout.write(out + '\n');
