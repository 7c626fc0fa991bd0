'use strict';
// Recent desktop Chrome UAs (major versions only; minor parts are reduced by the browser anyway).
const UAS = [
  { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', platform: 'Win32', brand: '124' },
  { ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36', platform: 'Win32', brand: '123' },
  { ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', platform: 'MacIntel', brand: '124' },
  { ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', platform: 'Linux x86_64', brand: '124' },
];

let idx = Math.floor(Math.random() * UAS.length);
function nextUserAgent() {
  idx = (idx + 1) % UAS.length;
  return UAS[idx];
}

module.exports = { UAS, nextUserAgent };
