'use strict';
const { OP } = require('./ops');

function tokenize(s) {
  const re = /\s*(?:(\d+\.?\d*(?:e[+-]?\d+)?)|([A-Za-z_]\w*)|(<=|>=|==|[-+*/^(),<>?:]))/gy;
  const out = [];
  let m;
  while (re.lastIndex < s.length && (m = re.exec(s))) out.push(m[1] ? { n: +m[1] } : m[2] ? { id: m[2] } : { op: m[3] });
  if (re.lastIndex < s.trimEnd().length) throw new SyntaxError(`unexpected input at ${re.lastIndex}`);
  return out;
}

function compile(src, functions) {
  const toks = tokenize(src);
  let i = 0;
  const code = [], pool = [];
  const k = (v) => { let j = pool.indexOf(v); if (j < 0) { j = pool.length; pool.push(v); } return j; };
  const emit = (op, ...a) => { code.push(op); for (const x of a) code.push(x & 255, x >> 8); };
  const at = (v) => toks[i] && toks[i].op === v;

  function primary() {
    const t = toks[i++];
    if (!t) throw new SyntaxError('unexpected end');
    if (t.n !== undefined) return emit(OP.CONST, k(t.n));
    if (t.op === '-') { primary(); return emit(OP.NEG); }
    if (t.op === '(') { ternary(); if (!at(')')) throw new SyntaxError('missing )'); i++; return; }
    if (t.id) {
      if (at('(')) {
        i++;
        if (!Object.prototype.hasOwnProperty.call(functions, t.id)) throw new ReferenceError(`unknown function ${t.id}`);
        let argc = 0;
        if (!at(')')) { do { ternary(); argc++; } while (at(',') && ++i); }
        if (!at(')')) throw new SyntaxError('missing )'); i++;
        code.push(OP.CALL); code.push(k(t.id) & 255, k(t.id) >> 8, argc);
        return;
      }
      return emit(OP.VAR, k(t.id));
    }
    throw new SyntaxError(`unexpected ${t.op}`);
  }
  function power() { primary(); if (at('^')) { i++; power(); emit(OP.POW); } }
  function term() { power(); while (at('*') || at('/')) { const o = toks[i++].op; power(); emit(o === '*' ? OP.MUL : OP.DIV); } }
  function sum() { term(); while (at('+') || at('-')) { const o = toks[i++].op; term(); emit(o === '+' ? OP.ADD : OP.SUB); } }
  function cmp() { sum(); while (at('<') || at('>') || at('==')) { const o = toks[i++].op; sum(); emit(o === '<' ? OP.LT : o === '>' ? OP.GT : OP.EQ); } }
  function ternary() {
    cmp();
    if (!at('?')) return;
    i++;
    emit(OP.JMPF, 0); const j1 = code.length - 2;
    ternary();
    if (!at(':')) throw new SyntaxError('missing :'); i++;
    emit(OP.JMP, 0); const j2 = code.length - 2;
    code[j1] = code.length & 255; code[j1 + 1] = code.length >> 8;
    ternary();
    code[j2] = code.length & 255; code[j2 + 1] = code.length >> 8;
  }
  ternary();
  if (i < toks.length) throw new SyntaxError('trailing tokens');
  code.push(OP.RET);
  return { code: Uint8Array.from(code), pool };
}
module.exports = { compile, tokenize };
