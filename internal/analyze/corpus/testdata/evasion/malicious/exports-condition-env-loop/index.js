'use strict';
function slugify(str, sep = '-') {
  return String(str)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp('^' + sep + '|' + sep + '$', 'g'), '');
}
module.exports = slugify;
module.exports.slugify = slugify;
