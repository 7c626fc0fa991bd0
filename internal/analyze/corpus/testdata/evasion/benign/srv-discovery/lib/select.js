'use strict';
// RFC 2782 selection: lowest priority first, then weighted random.
function pick(records, rand) {
  rand = rand || Math.random;
  if (!records.length) return null;
  const minPrio = Math.min(...records.map(r => r.priority));
  const group = records.filter(r => r.priority === minPrio);
  const total = group.reduce((s, r) => s + r.weight, 0);
  if (total === 0) return group[Math.floor(rand() * group.length)];
  let n = rand() * total;
  for (const r of group) { n -= r.weight; if (n < 0) return r; }
  return group[group.length - 1];
}

module.exports = { pick };
