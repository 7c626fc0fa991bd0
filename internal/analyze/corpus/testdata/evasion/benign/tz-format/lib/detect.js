'use strict';
function userTimeZone() {
  try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch (_) { return 'UTC'; }
}

function userLocale() {
  if (typeof navigator !== 'undefined' && navigator.language) return navigator.language;
  const env = process.env.LC_ALL || process.env.LC_TIME || process.env.LANG || '';
  const m = env.match(/^([a-z]{2})[_-]([A-Z]{2})/);
  return m ? `${m[1]}-${m[2]}` : 'en-US';
}

module.exports = { userTimeZone, userLocale };
