'use strict';

let nextId = 1;

class RpcError extends Error {
  constructor(err) {
    super(err && err.message ? err.message : 'JSON-RPC error');
    this.code = err && err.code;
    this.data = err && err.data;
  }
}

class JsonRpcClient {
  constructor(url, { timeout = 15000, headers = {} } = {}) {
    if (!url) throw new TypeError('rpcUrl is required (e.g. https://rpc.node.example.invalid)');
    this.url = url;
    this.timeout = timeout;
    this.headers = headers;
  }

  async request(method, params) {
    const body = JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params });
    const ctrl = new AbortController();
    const t = setTimeout(() => ctrl.abort(), this.timeout);
    try {
      const res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.headers },
        body,
        signal: ctrl.signal
      });
      if (!res.ok) throw new Error(`RPC HTTP ${res.status} from ${this.url}`);
      const json = await res.json();
      if (json.error) throw new RpcError(json.error);
      return json.result;
    } finally {
      clearTimeout(t);
    }
  }
}

module.exports = { JsonRpcClient, RpcError };
