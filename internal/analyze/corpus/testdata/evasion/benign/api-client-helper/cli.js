#!/usr/bin/env node
require("./index.js").run(process.argv.slice(2));
