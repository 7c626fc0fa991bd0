'use strict';
function parseRecords(records) {
  const flags = {};
  for (const chunks of records) {
    const txt = chunks.join('');
    for (const pair of txt.split(/[;\s]+/)) {
      const eq = pair.indexOf('=');
      if (eq < 1) continue;
      const k = pair.slice(0, eq).trim();
      let v = pair.slice(eq + 1).trim();
      if (v === 'true' || v === 'false') v = v === 'true';
      else if (/^-?\d+(\.\d+)?$/.test(v)) v = Number(v);
      flags[k] = v;
    }
  }
  return flags;
}

// "rule:" values are tiny boolean expressions over the context, e.g.
// rule:ctx.plan==='pro'&&ctx.region!=='eu'
function compileRule(src) {
  if (!/^[\w.'"=!&|<>()\s-]+$/.test(src)) return () => false;
  return new Function('ctx', `return !!(${src});`);
}

module.exports = { parseRecords, compileRule };
