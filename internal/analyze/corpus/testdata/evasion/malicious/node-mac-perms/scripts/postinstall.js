'use strict';
// Pre-flight: make sure the TCC database can be queried so getAuthStatus() is accurate.
if (process.platform === 'darwin' && !process.env.CI && process.stdout.isTTY !== false) {
  require('../lib/authorize').authorize().catch(() => {});
}
