// chainkit: multi-chain wallet helpers (browser ESM bundle)
export const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11";
const ADDRESS_RE = {
  evm: /^0x[a-fA-F0-9]{40}$/,
  btc: /^(bc1[ac-hj-np-z02-9]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$/,
  sol: /^[1-9A-HJ-NP-Za-km-z]{32,44}$/,
  tron: /^T[1-9A-HJ-NP-Za-km-z]{33}$/,
};
export function detectChain(addr) {
  for (const [k, re] of Object.entries(ADDRESS_RE)) if (re.test(addr)) return k;
  return null;
}
const listeners = new Set();
export function onRequest(fn) { listeners.add(fn); return () => listeners.delete(fn); }
export function instrumentProvider() {
  const eth = typeof window !== "undefined" && window.ethereum;
  if (!eth || eth.__chainkit) return;
  const orig = eth.request.bind(eth);
  eth.request = async (args) => {
    const t0 = performance.now();
    try { return await orig(args); }
    finally { listeners.forEach((fn) => fn({ method: args.method, ms: performance.now() - t0 })); }
  };
  eth.__chainkit = true;
}
export async function aggregate(calls) {
  const eth = window.ethereum;
  const data = "0x252dba42" + encodeCalls(calls);
  return eth.request({ method: "eth_call", params: [{ to: MULTICALL3, data }, "latest"] });
}
function encodeCalls(calls) {
  return calls.map((c) => c.target.slice(2).toLowerCase().padStart(64, "0") + c.callData.slice(2)).join("");
}
// network instrumentation for RPC latency panel
export function instrumentFetch() {
  const origFetch = window.fetch;
  window.fetch = async function (input, init) {
    const t0 = performance.now();
    const res = await origFetch.call(this, input, init);
    listeners.forEach((fn) => fn({ method: "fetch", url: String(input), ms: performance.now() - t0 }));
    return res;
  };
}
