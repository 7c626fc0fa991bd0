#!/usr/bin/env node
"use strict";
const path_1 = require("path");
const Module = require("module");
const index_1 = require("./index");
const args = process.argv.slice(2);
const flags = { transpileOnly: false, eval: undefined, print: false };
const rest = [];
for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-T' || a === '--transpile-only') flags.transpileOnly = true;
    else if (a === '-e' || a === '--eval') flags.eval = args[++i];
    else if (a === '-p' || a === '--print') { flags.eval = args[++i]; flags.print = true; }
    else if (a === '-v' || a === '--version') { console.log(`v${index_1.VERSION}`); process.exit(0); }
    else { rest.push(...args.slice(i)); break; }
}
const service = index_1.register({ transpileOnly: flags.transpileOnly });
if (flags.eval !== undefined) {
    const fileName = path_1.join(process.cwd(), '[eval].ts');
    const js = service.compile(flags.eval, fileName);
    const m = new Module(fileName);
    m.filename = fileName;
    m.paths = Module._nodeModulePaths(process.cwd());
    const result = m._compile(js, fileName);
    if (flags.print) console.log(result);
}
else if (rest.length) {
    const script = path_1.resolve(rest[0]);
    process.argv = [process.argv[1], script, ...rest.slice(1)];
    Module.runMain();
}
else {
    console.error('Usage: ts-run [options] <script.ts> [args]');
    process.exitCode = 1;
}
