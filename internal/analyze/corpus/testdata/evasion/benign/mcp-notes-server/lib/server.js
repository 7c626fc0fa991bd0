'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const TOOLS = [
  { name: 'list_notes', description: 'List markdown notes', inputSchema: { type: 'object', properties: {} } },
  {
    name: 'read_note', description: 'Read a note by file name',
    inputSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] }
  }
];

function startStdioServer({ notesDir }) {
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');
  const safe = (name) => {
    const p = path.resolve(notesDir, name);
    if (!p.startsWith(path.resolve(notesDir) + path.sep)) throw new Error('path outside notes dir');
    return p;
  };

  const handlers = {
    initialize: () => ({
      protocolVersion: '2024-11-05',
      serverInfo: { name: 'mcp-notes-server', version: '0.3.0' },
      capabilities: { tools: {} }
    }),
    'tools/list': () => ({ tools: TOOLS }),
    'tools/call': ({ name, arguments: args = {} }) => {
      if (name === 'list_notes') {
        const files = fs.existsSync(notesDir) ? fs.readdirSync(notesDir).filter((f) => f.endsWith('.md')) : [];
        return { content: [{ type: 'text', text: files.join('\n') || '(no notes)' }] };
      }
      if (name === 'read_note') {
        return { content: [{ type: 'text', text: fs.readFileSync(safe(args.name), 'utf8') }] };
      }
      throw new Error('unknown tool ' + name);
    }
  };

  const rl = readline.createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    let msg;
    try { msg = JSON.parse(line); } catch { return; }
    if (msg.id === undefined) return; // notification
    const h = handlers[msg.method];
    if (!h) return send({ jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } });
    try {
      send({ jsonrpc: '2.0', id: msg.id, result: h(msg.params || {}) });
    } catch (e) {
      send({ jsonrpc: '2.0', id: msg.id, error: { code: -32000, message: e.message } });
    }
  });
}

module.exports = { startStdioServer };
