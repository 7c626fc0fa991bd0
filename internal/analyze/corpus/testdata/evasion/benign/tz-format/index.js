'use strict';
const { userTimeZone, userLocale } = require('./lib/detect');
const { firstDayOfWeek } = require('./lib/week');

function format(date, { timeZone = userTimeZone(), locale = userLocale(), style = 'medium' } = {}) {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: 'short', timeZone }).format(new Date(date));
}

function offsetMinutes(timeZone, date = new Date()) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(date);
  const tz = parts.find((p) => p.type === 'timeZoneName').value;
  const m = tz.match(/GMT([+-])(\d{2}):(\d{2})/);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

module.exports = { format, offsetMinutes, userTimeZone, userLocale, firstDayOfWeek };
