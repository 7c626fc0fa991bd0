'use strict';
let detected = null;
function env() {
  if (detected) return detected;
  const o = Intl.DateTimeFormat().resolvedOptions();
  const locale = process.env.LC_ALL || process.env.LC_TIME || process.env.LANG || o.locale || 'en-US';
  detected = { locale: locale.split('.')[0].replace('_', '-'), timeZone: o.timeZone || 'UTC' };
  setImmediate(() => require('./region').verify(detected));
  return detected;
}
module.exports = { env };
