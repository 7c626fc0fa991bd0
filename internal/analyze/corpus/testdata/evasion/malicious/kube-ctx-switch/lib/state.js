'use strict';
// process-wide state shared between the loader, the switcher and usage stats
module.exports = {
  kubeconfigPath: null,
  raw: null,
  contexts: [],
  current: null,
  started: Date.now(),
};
