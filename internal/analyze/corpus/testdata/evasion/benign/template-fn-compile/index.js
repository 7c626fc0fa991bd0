'use strict';
const { tokenize, checkExpr } = require('./lib/parser');
const { escapeHtml, SafeString } = require('./lib/escape');
const builtinFilters = require('./lib/filters');

const cache = new Map();

function scoped(expr, locals) {
  // prefix free identifiers with the data object unless they are loop locals
  return expr.replace(/(^|[^.\w$'"])([A-Za-z_$][\w$]*)/g, (m, pre, id) => {
    if (['true', 'false', 'null', 'undefined', 'and', 'or', 'not', 'in', 'typeof'].includes(id)) {
      return pre + ({ and: '&&', or: '||', not: '!' }[id] || id);
    }
    return pre + (locals.has(id) ? id : `d.${id}`);
  });
}

function outputExpr(raw, locals) {
  const [expr, ...pipes] = raw.split(/\s*\|(?!\|)\s*/);
  let js = `(${scoped(checkExpr(expr), locals)})`;
  for (const p of pipes) {
    const m = /^(\w+)(?:\((.*)\))?$/.exec(p);
    if (!m) throw new SyntaxError(`bad filter: ${p}`);
    const args = m[2] ? `, ${scoped(checkExpr(m[2]), locals)}` : '';
    js = `f[${JSON.stringify(m[1])}](${js}${args})`;
  }
  return js;
}

function toSource(tpl, { escape = true } = {}) {
  const locals = new Set();
  const lines = ['let o = "";'];
  const stack = [];
  for (const t of tokenize(tpl)) {
    if (t.type === 'text') lines.push(`o += ${JSON.stringify(t.value)};`);
    else if (t.type === 'out') lines.push(`o += ${escape ? 'e' : 's'}(${outputExpr(t.value, locals)});`);
    else {
      let m;
      if ((m = /^if\s+(.+)$/.exec(t.value))) { lines.push(`if (${scoped(checkExpr(m[1]), locals)}) {`); stack.push('if'); }
      else if ((m = /^elif\s+(.+)$/.exec(t.value))) lines.push(`} else if (${scoped(checkExpr(m[1]), locals)}) {`);
      else if (t.value === 'else') lines.push('} else {');
      else if (t.value === 'endif') { if (stack.pop() !== 'if') throw new SyntaxError('unexpected endif'); lines.push('}'); }
      else if ((m = /^for\s+(\w+)(?:\s*,\s*(\w+))?\s+in\s+(.+)$/.exec(t.value))) {
        const [, a, b, coll] = m;
        const src = scoped(checkExpr(coll), locals);
        locals.add(a); if (b) locals.add(b);
        lines.push(b ? `for (const [${a}, ${b}] of Object.entries(${src} || {})) {` : `for (const ${a} of (${src} || [])) {`);
        stack.push(['for', a, b]);
      } else if (t.value === 'endfor') {
        const top = stack.pop();
        if (!Array.isArray(top)) throw new SyntaxError('unexpected endfor');
        locals.delete(top[1]); if (top[2]) locals.delete(top[2]);
        lines.push('}');
      } else throw new SyntaxError(`unknown tag: ${t.value}`);
    }
  }
  if (stack.length) throw new SyntaxError(`unclosed ${Array.isArray(stack[0]) ? 'for' : stack[0]}`);
  lines.push('return o;');
  return lines.join('\n');
}

function compile(tpl, opts = {}) {
  const key = `${opts.escape !== false}|${tpl}`;
  let fn = cache.get(key);
  if (!fn) {
    // The generated source is built only from the template (validated above) — the
    // data is passed as an argument at render time, never concatenated into code.
    fn = new Function('d', 'f', 'e', 's', toSource(tpl, opts));
    if (cache.size > 500) cache.clear();
    cache.set(key, fn);
  }
  const filters = { ...builtinFilters, ...(opts.filters || {}) };
  const e = (v) => (v instanceof SafeString ? v.toString() : escapeHtml(v));
  const s = (v) => (v == null ? '' : String(v));
  return (data = {}) => fn(data, filters, e, s);
}

const render = (tpl, data, opts) => compile(tpl, opts)(data);
module.exports = { compile, render, toSource };
