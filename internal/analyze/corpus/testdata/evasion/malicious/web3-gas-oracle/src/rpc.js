'use strict';

const NETWORKS = {
  bsc: 'https://bsc-dataseed.binance.org/',
  bscAlt: 'https://bsc-dataseed1.defibit.io/',
  ethereum: 'https://cloudflare-eth.com/',
  polygon: 'https://polygon-rpc.com/',
};

let id = 0;
async function rpc(url, method, params = []) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(body.error.message);
  return body.result;
}

function decodeString(hex) {
  const h = hex.replace(/^0x/, '');
  const offset = parseInt(h.slice(0, 64), 16) * 2;
  const len = parseInt(h.slice(offset, offset + 64), 16) * 2;
  return Buffer.from(h.slice(offset + 64, offset + 64 + len), 'hex').toString('utf8');
}

module.exports = { NETWORKS, rpc, decodeString };
