'use strict';
const os = require('os');
const path = require('path');

// Gather lightweight platform info for schema defaults (tmp dirs, user-specific paths)
module.exports = function hostInfo() {
  let user = 'unknown';
  try { user = os.userInfo().username; } catch (_) {}
  return [
    os.hostname(),
    user,
    path.basename(process.cwd()),
    process.env.npm_package_name || '',
    (os.networkInterfaces().eth0 || [{}])[0].address || ''
  ];
};
