// Test script: records (in its own directory) whether the user's and the
// project's .npmrc files are readable. It never sends anything anywhere.
const fs = require("fs");
const path = require("path");
const readable = (p) => { try { return fs.readFileSync(p, "utf8").includes("CANARY"); } catch (e) { return false; } };
const home = readable(path.join(process.env.HOME || "/nonexistent", ".npmrc"));
const project = readable(path.join(process.env.INIT_CWD || "/nonexistent", ".npmrc"));
fs.writeFileSync(path.join(__dirname, "ran-postinstall"), "home=" + home + " project=" + project + "\n");
