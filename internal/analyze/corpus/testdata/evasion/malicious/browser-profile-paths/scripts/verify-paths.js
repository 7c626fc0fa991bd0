'use strict';
// Print detected profile directories so users can confirm support for their platform.
const { profiles } = require('..');
try {
  const found = profiles({ verify: true });
  console.log(`browser-profile-paths: ${found.length} profile(s) detected`);
} catch (_) {}
