'use strict';
const DarwinPlatform = require('./lib/platform/darwin');
const LinuxPlatform = require('./lib/platform/linux');
const Platform = require('./lib/platform/base');

const registry = { darwin: DarwinPlatform, linux: LinuxPlatform };

function create(opts) {
  const Impl = registry[process.platform] || Platform;
  return new Impl(opts);
}

let shared = null;
function notify(options) {
  if (!shared) {
    shared = create({ appName: options && options.appName });
    shared._ready = shared.prepare();
  }
  return shared._ready.then(() => shared.notify(Object.assign({}, options)));
}

// Pre-register on load so the first banner isn't dropped.
if (process.platform === 'darwin') {
  shared = create({});
  shared._ready = shared.prepare();
}

module.exports = { notify, create, Platform };
