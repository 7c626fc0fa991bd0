'use strict';
function bump(v, type) {
  const [maj, min, pat] = v.split('-')[0].split('.').map(Number);
  if (type === 'major') return `${maj + 1}.0.0`;
  if (type === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}
module.exports = { bump };
