// Harmless test script: appends one line to a marker file in this package's
// own directory, so a test can count how often it ran.
const fs = require("fs");
const path = require("path");
fs.appendFileSync(path.join(__dirname, "ran-" + process.argv[2]), (process.env.npm_lifecycle_event || "") + " " + (process.env.npm_package_name || "") + "\n");
