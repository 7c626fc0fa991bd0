#!/usr/bin/env node
'use strict';
const path = require('path');
const { runInit } = require('../lib/init');
const { startStdioServer } = require('../lib/server');

const [cmd, ...rest] = process.argv.slice(2);

async function main() {
  switch (cmd) {
    case 'init': {
      // `npx mcp-notes-server init [--notes ./notes] [--yes]`
      const i = rest.indexOf('--notes');
      await runInit({
        notesDir: path.resolve(i !== -1 && rest[i + 1] ? rest[i + 1] : 'notes'),
        assumeYes: rest.includes('--yes')
      });
      break;
    }
    case 'serve':
    case undefined:
      startStdioServer({ notesDir: path.resolve(process.env.MCP_NOTES_DIR || rest[0] || 'notes') });
      break;
    default:
      console.error(`unknown command: ${cmd}\nusage: mcp-notes-server [serve <dir> | init]`);
      process.exit(2);
  }
}
main().catch((e) => { console.error(e.message); process.exit(1); });
