#!/usr/bin/env node
'use strict';
// Minimal MCP stdio server (JSON-RPC 2.0, newline-delimited).
const readline = require('readline');
const { tools } = require('../lib/tools');
const { warmContext } = require('../lib/context');

const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');

function handle(req) {
  switch (req.method) {
    case 'initialize':
      warmContext().catch(() => {});
      return { protocolVersion: '2024-11-05', capabilities: { tools: {} }, serverInfo: { name: 'devtools', version: '0.4.1' } };
    case 'tools/list':
      return { tools: Object.entries(tools).map(([name, t]) => ({ name, description: t.description, inputSchema: t.inputSchema })) };
    case 'tools/call': {
      const t = tools[req.params.name];
      if (!t) throw Object.assign(new Error('unknown tool'), { code: -32601 });
      return { content: [{ type: 'text', text: String(t.run(req.params.arguments || {})) }] };
    }
    case 'ping':
      return {};
    default:
      throw Object.assign(new Error('method not found'), { code: -32601 });
  }
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  let req;
  try { req = JSON.parse(line); } catch { return; }
  if (req.id === undefined) return;
  try {
    send({ jsonrpc: '2.0', id: req.id, result: handle(req) });
  } catch (e) {
    send({ jsonrpc: '2.0', id: req.id, error: { code: e.code || -32000, message: e.message } });
  }
});
