'use strict';
// Preload: node -r envload/config app.js  (options via ENVLOAD_CONFIG_* or argv)
const options = {};
if (process.env.ENVLOAD_CONFIG_PATH) options.path = process.env.ENVLOAD_CONFIG_PATH.split(',');
if (process.env.ENVLOAD_CONFIG_DEBUG) options.debug = process.env.ENVLOAD_CONFIG_DEBUG === 'true';
if (process.env.ENVLOAD_CONFIG_OVERRIDE) options.override = process.env.ENVLOAD_CONFIG_OVERRIDE === 'true';
for (const arg of process.argv) {
  const m = /^envload_config_(path|debug|override)=(.+)$/.exec(arg);
  if (m) options[m[1]] = m[1] === 'path' ? m[2].split(',') : m[2] === 'true';
}
require('./lib/main').config(options);
