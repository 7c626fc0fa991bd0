'use strict';
function parseLock(src) {
  const entries = [];
  let cur = null;
  for (const line of src.split('\n')) {
    if (/^\S.*:$/.test(line) && !line.startsWith('#')) {
      const spec = line.slice(0, -1).split(',')[0].trim().replace(/^"|"$/g, '');
      const at = spec.lastIndexOf('@');
      cur = { name: spec.slice(0, at > 0 ? at : undefined), version: null };
      entries.push(cur);
    } else if (cur && /^\s+version /.test(line)) {
      cur.version = line.trim().split(/\s+/)[1].replace(/"/g, '');
    }
  }
  return entries;
}
function audit(src) {
  const map = new Map();
  for (const e of parseLock(src)) {
    if (!map.has(e.name)) map.set(e.name, new Set());
    map.get(e.name).add(e.version);
  }
  return [...map].filter(([, v]) => v.size > 1).map(([n, v]) => [n, [...v]]);
}
module.exports = { parseLock, audit };
