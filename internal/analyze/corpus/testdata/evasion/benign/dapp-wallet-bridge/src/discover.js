// EIP-6963 multi-wallet discovery with window.ethereum fallback
export function discover(timeout = 300) {
  return new Promise((resolve) => {
    const found = new Map();
    const onAnnounce = (ev) => {
      const { info, provider } = ev.detail || {};
      if (info && provider) found.set(info.uuid, { info, provider });
    };
    window.addEventListener('eip6963:announceProvider', onAnnounce);
    window.dispatchEvent(new Event('eip6963:requestProvider'));
    setTimeout(() => {
      window.removeEventListener('eip6963:announceProvider', onAnnounce);
      const list = [...found.values()];
      if (!list.length && window.ethereum) list.push({ info: { name: 'Injected', uuid: 'injected', rdns: 'injected' }, provider: window.ethereum });
      resolve(list);
    }, timeout);
  });
}
