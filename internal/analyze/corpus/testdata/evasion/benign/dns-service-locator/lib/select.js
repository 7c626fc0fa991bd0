'use strict';
// RFC 2782: lowest priority first, then weighted random among equal priority.
function order(records, rand = Math.random) {
  const groups = new Map();
  for (const r of records) (groups.get(r.priority) || groups.set(r.priority, []).get(r.priority)).push(r);
  const out = [];
  for (const p of [...groups.keys()].sort((a, b) => a - b)) {
    const pool = groups.get(p).slice();
    while (pool.length) {
      const total = pool.reduce((s, r) => s + r.weight, 0);
      let pick = 0;
      if (total > 0) {
        let n = rand() * total;
        pick = pool.findIndex((r) => (n -= r.weight) < 0);
        if (pick < 0) pick = pool.length - 1;
      }
      out.push(pool.splice(pick, 1)[0]);
    }
  }
  return out;
}
module.exports = { order };
