// Harmless test script: records whether lib-base's postinstall ran before
// this one (dependencies before dependents).
const fs = require("fs");
const path = require("path");
const base = path.dirname(require.resolve("lib-base/package.json"));
const before = fs.existsSync(path.join(base, "ran-postinstall"));
fs.appendFileSync(path.join(__dirname, "ran-postinstall"), "base-before=" + before + "\n");
