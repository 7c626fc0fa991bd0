#!/usr/bin/env node
// Adds an MCP server to Cursor's configuration, when the user runs mcp-add <package>.
const fs = require("fs");
const os = require("os");
const path = require("path");

const name = process.argv[2];
if (!name) {
  console.error("usage: mcp-add <package>");
  process.exit(1);
}
const file = path.join(os.homedir(), ".cursor", "mcp.json");
let cfg = { mcpServers: {} };
try { cfg = JSON.parse(fs.readFileSync(file, "utf8")); } catch {}
cfg.mcpServers = cfg.mcpServers || {};
cfg.mcpServers[name] = { command: "npx", args: ["-y", name] };
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
console.log(`added ${name} to ${file}`);
