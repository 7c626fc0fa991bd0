'use strict';
// Splits a template into text / output / tag tokens.
const TOKEN = /\{\{-?\s*([\s\S]+?)\s*-?\}\}|\{%-?\s*([\s\S]+?)\s*-?%\}|\{#[\s\S]*?#\}/g;

function tokenize(tpl) {
  const out = [];
  let last = 0, m;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(tpl))) {
    if (m.index > last) out.push({ type: 'text', value: tpl.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ type: 'out', value: m[1] });
    else if (m[2] !== undefined) out.push({ type: 'tag', value: m[2] });
    last = TOKEN.lastIndex;
  }
  if (last < tpl.length) out.push({ type: 'text', value: tpl.slice(last) });
  return out;
}

// Expressions are restricted to a safe subset: identifiers, member access,
// literals, comparison/logical operators and filter pipes. Anything that
// could reach globals (calls, brackets with expressions, assignments,
// constructor/prototype/__proto__ access) is rejected at compile time.
const FORBIDDEN = /\b(constructor|prototype|__proto__|__defineGetter__|globalThis|process|require|import|Function|eval|this)\b|[;=`]|=>|\(\s*\)|\[[^\]'"\d]/;
function checkExpr(e) {
  const bare = e.replace(/'(?:\\'|[^'])*'|"(?:\\"|[^"])*"/g, '""').replace(/(===|!==|==|!=|<=|>=)/g, ' ');
  if (FORBIDDEN.test(bare) || /[a-zA-Z_$]\s*\(/.test(bare.replace(/\|\s*\w+\s*\(/g, ''))) throw new SyntaxError(`unsafe template expression: ${e}`);
  return e;
}

module.exports = { tokenize, checkExpr };
