// a thin client for monero-wallet-rpc; the address is the documented example
export const EXAMPLE_ADDRESS = "4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2684Rge";
export class WalletRpc {
  constructor(url = "http://127.0.0.1:18082/json_rpc") { this.url = url; }
  async call(method, params) {
    const r = await fetch(this.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: "0", method, params }) });
    return (await r.json()).result;
  }
  balance(account = 0) { return this.call("get_balance", { account_index: account }); }
  transfer(address, amount) { return this.call("transfer", { destinations: [{ address, amount }] }); }
}
