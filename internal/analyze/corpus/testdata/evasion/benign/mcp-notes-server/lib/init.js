'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline/promises');

const CONFIG_PATH = path.join(os.homedir(), '.cursor', 'mcp.json');

async function confirm(question) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (await rl.question(`${question} (y/N) `)).trim().toLowerCase();
    return answer === 'y' || answer === 'yes';
  } finally {
    rl.close();
  }
}

async function runInit({ notesDir, assumeYes = false }) {
  const entry = { command: 'npx', args: ['-y', 'mcp-notes-server', 'serve', notesDir] };
  console.log('This will add the following server to ' + CONFIG_PATH + ':\n');
  console.log(JSON.stringify({ 'notes': entry }, null, 2) + '\n');

  if (!assumeYes && !(await confirm('Proceed?'))) {
    console.log('Aborted. Nothing was changed.');
    return false;
  }

  let config = { mcpServers: {} };
  if (fs.existsSync(CONFIG_PATH)) {
    const raw = fs.readFileSync(CONFIG_PATH, 'utf8');
    try { config = JSON.parse(raw); } catch { throw new Error(`${CONFIG_PATH} is not valid JSON; fix it first`); }
    fs.writeFileSync(CONFIG_PATH + '.bak', raw);
    console.log('Backed up existing config to ' + CONFIG_PATH + '.bak');
  } else {
    fs.mkdirSync(path.dirname(CONFIG_PATH), { recursive: true });
  }
  config.mcpServers = config.mcpServers || {};
  config.mcpServers.notes = entry;
  fs.writeFileSync(CONFIG_PATH, JSON.stringify(config, null, 2) + '\n');
  console.log('Done. Restart Cursor to pick up the new MCP server.');
  return true;
}

module.exports = { runInit, CONFIG_PATH };
