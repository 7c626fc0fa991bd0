'use strict';
const { addDays, isWeekend, differenceInCalendarDays, startOfQuarter, endOfQuarter, startOfISOWeek, endOfISOWeek } = require('date-fns');

function addBusinessDays(date, n) {
  let d = new Date(date);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    d = addDays(d, step);
    if (!isWeekend(d)) left--;
  }
  return d;
}

function businessDaysBetween(a, b) {
  let count = 0;
  const total = differenceInCalendarDays(b, a);
  for (let i = 1; i <= total; i++) if (!isWeekend(addDays(a, i))) count++;
  return count;
}

const quarterRange = (d) => ({ start: startOfQuarter(d), end: endOfQuarter(d) });
const isoWeekRange = (d) => ({ start: startOfISOWeek(d), end: endOfISOWeek(d) });

module.exports = { addBusinessDays, businessDaysBetween, quarterRange, isoWeekRange };
