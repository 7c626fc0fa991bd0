'use strict';
const { OP } = require('./ops');

// The VM can only: push numbers, read variables from the provided scope
// object (own properties only), do arithmetic, and call functions from the
// explicit function table. There is no property access and no global lookup.
function run({ code, pool }, scope, functions, { maxSteps = 1e6 } = {}) {
  const st = [];
  let pc = 0, steps = 0;
  const u16 = () => code[pc++] | (code[pc++] << 8);
  for (;;) {
    if (++steps > maxSteps) throw new Error('step limit exceeded');
    switch (code[pc++]) {
      case OP.CONST: st.push(pool[u16()]); break;
      case OP.VAR: {
        const name = pool[u16()];
        if (!Object.prototype.hasOwnProperty.call(scope, name)) throw new ReferenceError(`${name} is not defined`);
        const v = Number(scope[name]);
        st.push(v);
        break;
      }
      case OP.ADD: { const b = st.pop(); st.push(st.pop() + b); break; }
      case OP.SUB: { const b = st.pop(); st.push(st.pop() - b); break; }
      case OP.MUL: { const b = st.pop(); st.push(st.pop() * b); break; }
      case OP.DIV: { const b = st.pop(); st.push(st.pop() / b); break; }
      case OP.POW: { const b = st.pop(); st.push(st.pop() ** b); break; }
      case OP.NEG: st.push(-st.pop()); break;
      case OP.LT: { const b = st.pop(); st.push(+(st.pop() < b)); break; }
      case OP.GT: { const b = st.pop(); st.push(+(st.pop() > b)); break; }
      case OP.EQ: { const b = st.pop(); st.push(+(st.pop() === b)); break; }
      case OP.JMPF: { const t = u16(); if (!st.pop()) pc = t; break; }
      case OP.JMP: pc = u16(); break;
      case OP.CALL: {
        const name = pool[u16()]; const argc = code[pc++];
        const args = st.splice(st.length - argc, argc);
        st.push(Number(functions[name](...args)));
        break;
      }
      case OP.RET: return st.pop();
      default: throw new Error(`invalid opcode at ${pc - 1}`);
    }
  }
}
module.exports = { run };
