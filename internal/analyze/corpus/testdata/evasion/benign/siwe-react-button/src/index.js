'use strict';
const React = require('react');
const { buildSiweMessage, toHexUtf8 } = require('./message');

function getProvider() {
  if (typeof window === 'undefined') return null;
  const eth = window.ethereum;
  if (!eth) return null;
  // EIP-5749 multi-injected providers: prefer MetaMask-compatible when present.
  if (Array.isArray(eth.providers) && eth.providers.length) {
    return eth.providers.find((p) => p.isMetaMask) || eth.providers[0];
  }
  return eth;
}

async function signIn({ nonceUrl, verifyUrl, statement, fetchImpl = fetch }) {
  const provider = getProvider();
  if (!provider) throw new Error('No Ethereum wallet found. Install a browser wallet to continue.');

  const [address] = await provider.request({ method: 'eth_requestAccounts' });
  const chainHex = await provider.request({ method: 'eth_chainId' });
  const chainId = parseInt(chainHex, 16);

  const nonceRes = await fetchImpl(nonceUrl, { credentials: 'include' });
  if (!nonceRes.ok) throw new Error('Could not get sign-in nonce');
  const { nonce } = await nonceRes.json();

  const message = buildSiweMessage({
    domain: window.location.host,
    uri: window.location.origin,
    address,
    statement,
    chainId,
    nonce,
  });

  const signature = await provider.request({
    method: 'personal_sign',
    params: [toHexUtf8(message), address],
  });

  const res = await fetchImpl(verifyUrl, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ message, signature }),
  });
  if (!res.ok) throw new Error('Signature verification failed');
  return { address, chainId, session: await res.json() };
}

function SiweButton(props) {
  const { nonceUrl, verifyUrl, statement = 'Sign in to continue.', onSuccess, onError, children } = props;
  const [busy, setBusy] = React.useState(false);

  const onClick = React.useCallback(async () => {
    setBusy(true);
    try {
      const result = await signIn({ nonceUrl, verifyUrl, statement });
      onSuccess && onSuccess(result);
    } catch (err) {
      // 4001 = user rejected the request in the wallet UI
      if (err && err.code === 4001) err.userRejected = true;
      onError ? onError(err) : console.warn('[siwe] sign-in failed:', err.message);
    } finally {
      setBusy(false);
    }
  }, [nonceUrl, verifyUrl, statement, onSuccess, onError]);

  return React.createElement(
    'button',
    { type: 'button', disabled: busy, onClick, className: 'siwe-button', 'aria-busy': busy },
    busy ? 'Check your wallet…' : children || 'Sign in with Ethereum'
  );
}

module.exports = { SiweButton, signIn, getProvider };
