'use strict';
const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function format(range, sep = '..') {
  return `${iso(range.start)}${sep}${iso(range.end)}`;
}

module.exports = { format, iso };
