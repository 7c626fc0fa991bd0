'use strict';
// EIP-6963 multi-injected provider discovery with window.ethereum fallback
function discover(timeout = 300) {
  return new Promise((resolve) => {
    if (typeof window === 'undefined') return resolve([]);
    const found = [];
    const onAnnounce = (e) => found.push(e.detail);
    window.addEventListener('eip6963:announceProvider', onAnnounce);
    window.dispatchEvent(new Event('eip6963:requestProvider'));
    setTimeout(() => {
      window.removeEventListener('eip6963:announceProvider', onAnnounce);
      if (!found.length && window.ethereum) found.push({ info: { name: 'Injected', rdns: 'injected' }, provider: window.ethereum });
      resolve(found);
    }, timeout);
  });
}
module.exports = { discover };
