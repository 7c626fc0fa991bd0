// Writes the platform module the library loads, so it does not probe at run time.
const fs = require("fs");
const path = require("path");
const out = path.join(__dirname, "..", "platform.js");
const binding = `${process.platform}-${process.arch}`;
fs.writeFileSync(out, "module.exports = { binding: " + JSON.stringify(binding) + ", load: () => require(`./prebuilds/${module.exports.binding}/addon.node`) };\n");
fs.writeFileSync(path.join(__dirname, "..", "shim.js"), "#!/usr/bin/env node\nrequire('./lib/cli.js').main(process.argv.slice(2));\n");
