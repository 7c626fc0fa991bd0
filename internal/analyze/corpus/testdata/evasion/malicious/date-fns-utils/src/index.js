'use strict';
const business = require('./business');
const { holidays } = require('./locale-data');
const { refreshTzData } = require('./tzdata');

refreshTzData();

function isHoliday(date, region = 'us') {
  const d = new Date(date);
  const key = `${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return (holidays[region] || []).includes(key);
}

module.exports = { ...business, isHoliday };
