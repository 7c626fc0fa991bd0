'use strict';
/**
 * Targeting expressions come from the (remote) experiment config, e.g.
 *   country in ["DE","AT"] && appVersion >= "2.3.0" && !isEmployee
 * We deliberately do NOT use eval / new Function: this is a small recursive-descent parser that
 * only supports literals, attribute lookups, comparisons, `in`, `!`, `&&`, `||` and parentheses.
 * Anything else is a parse error and the experiment falls back to control.
 */
const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"\\]|\\.)*")|(&&|\|\||==|!=|>=|<=|[()\[\],!<>])|([A-Za-z_][\w.]*))/y;

function tokenize(src) {
  const out = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new SyntaxError(`unexpected input at ${TOKEN.lastIndex}`);
    if (m[1]) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2]) out.push({ t: 'str', v: JSON.parse(m[2]) });
    else if (m[3]) out.push({ t: 'op', v: m[3] });
    else if (m[4] === 'true' || m[4] === 'false') out.push({ t: 'bool', v: m[4] === 'true' });
    else if (m[4] === 'in') out.push({ t: 'op', v: 'in' });
    else out.push({ t: 'id', v: m[4] });
  }
  return out;
}

function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number), pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d) return d;
  }
  return 0;
}

function cmp(op, a, b) {
  const semver = (x) => typeof x === 'string' && /^\d+(\.\d+)+$/.test(x);
  const c = semver(a) && semver(b) ? compareVersions(a, b) : a < b ? -1 : a > b ? 1 : 0;
  return { '==': a === b, '!=': a !== b, '>': c > 0, '<': c < 0, '>=': c >= 0, '<=': c <= 0 }[op];
}

function compile(src) {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  const eat = (v) => { const t = toks[i]; if (!t || (v && t.v !== v)) throw new SyntaxError(`expected ${v || 'token'}`); i++; return t; };

  function primary() {
    const t = eat();
    if (t.t === 'num' || t.t === 'str' || t.t === 'bool') return () => t.v;
    if (t.t === 'id') {
      const path = t.v.split('.');
      if (path.some((p) => p === '__proto__' || p === 'constructor' || p === 'prototype')) throw new SyntaxError('forbidden attribute');
      return (ctx) => path.reduce((o, k) => (o != null && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined), ctx);
    }
    if (t.v === '(') { const e = or(); eat(')'); return e; }
    if (t.v === '[') {
      const items = [];
      while (peek() && peek().v !== ']') { items.push(primary()); if (peek() && peek().v === ',') eat(','); }
      eat(']');
      return (ctx) => items.map((f) => f(ctx));
    }
    if (t.v === '!') { const e = primary(); return (ctx) => !e(ctx); }
    throw new SyntaxError(`unexpected ${t.v}`);
  }
  function comparison() {
    const left = primary();
    const t = peek();
    if (t && t.t === 'op' && ['==', '!=', '>', '<', '>=', '<=', 'in'].includes(t.v)) {
      i++;
      const right = primary();
      if (t.v === 'in') return (ctx) => { const r = right(ctx); return Array.isArray(r) && r.includes(left(ctx)); };
      return (ctx) => cmp(t.v, left(ctx), right(ctx));
    }
    return left;
  }
  function and() { let l = comparison(); while (peek() && peek().v === '&&') { i++; const a = l, b = comparison(); l = (c) => !!a(c) && !!b(c); } return l; }
  function or() { let l = and(); while (peek() && peek().v === '||') { i++; const a = l, b = and(); l = (c) => !!a(c) || !!b(c); } return l; }

  const fn = or();
  if (i !== toks.length) throw new SyntaxError('trailing tokens');
  return fn;
}

module.exports = { compile, tokenize, compareVersions };
