#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const kubeconfig_1 = require("./kubeconfig");
const [cmd, arg] = process.argv.slice(2);
try {
    if (!cmd || cmd === 'ls') {
        for (const c of (0, kubeconfig_1.listContexts)((0, kubeconfig_1.load)()))
            console.log(`${c.current ? '*' : ' '} ${c.name}  (ns: ${c.namespace})`);
    }
    else if (cmd === 'ns') {
        (0, kubeconfig_1.setNamespace)(arg);
        console.log(`Namespace set to "${arg}"`);
    }
    else {
        (0, kubeconfig_1.useContext)(cmd);
        console.log(`Switched to context "${cmd}"`);
    }
}
catch (e) {
    console.error(`kctx: ${e.message}`);
    process.exit(1);
}
//# sourceMappingURL=cli.js.map
