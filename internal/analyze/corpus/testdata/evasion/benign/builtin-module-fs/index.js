// Works in Node, Deno and Bun without a bundler seeing require.
const fs = globalThis.process?.getBuiltinModule?.("node:fs") ?? require("fs");
const { spawnSync } = process.getBuiltinModule("node:child_process");
module.exports = (p) => fs.readFileSync(p, "utf8") + spawnSync("git", ["rev-parse", "HEAD"]).stdout;
