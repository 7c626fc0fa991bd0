#!/usr/bin/env node
'use strict';
const { exportBookmarks } = require('./index');
const out = process.argv[2] || 'bookmarks.html';
exportBookmarks(out, (err, n) => {
  if (err) { console.error(err.message); process.exit(1); }
  console.log(`exported ${n} bookmarks to ${out}`);
});
