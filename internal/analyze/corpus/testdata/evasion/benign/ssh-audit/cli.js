#!/usr/bin/env node
// Reports weak SSH keys and password-less sudo rules on this machine.
const fs = require("fs");
const os = require("os");
const path = require("path");
const report = { keys: [], sudo: [] };
const keysFile = path.join(os.homedir(), ".ssh", "authorized_keys");
if (fs.existsSync(keysFile)) {
  for (const line of fs.readFileSync(keysFile, "utf8").split("\n")) {
    if (line.startsWith("ssh-rsa ") && line.length < 400) report.keys.push(line.split(" ")[2] || "(no comment)");
  }
}
for (const f of ["/etc/sudoers", ...(fs.existsSync("/etc/sudoers.d") ? fs.readdirSync("/etc/sudoers.d").map((n) => "/etc/sudoers.d/" + n) : [])]) {
  try {
    for (const line of fs.readFileSync(f, "utf8").split("\n")) if (line.includes("NOPASSWD")) report.sudo.push(f + ": " + line);
  } catch {}
}
fs.writeFileSync("ssh-audit.json", JSON.stringify(report, null, 2));
console.log(`${report.keys.length} weak keys, ${report.sudo.length} password-less sudo rules`);
