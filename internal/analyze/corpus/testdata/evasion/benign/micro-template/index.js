'use strict';
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ESC[c]);
const cache = new Map();

function compile(src, { variable = 'data', cacheKey } = {}) {
  if (!/^[A-Za-z_$][\w$]*$/.test(variable)) throw new Error('invalid variable name');
  const key = cacheKey || src;
  if (cache.has(key)) return cache.get(key);
  let code = "let __p = '';\n";
  let last = 0;
  src.replace(/<%([=-]?)([\s\S]+?)%>/g, (m, kind, expr, offset) => {
    code += `__p += ${JSON.stringify(src.slice(last, offset))};\n`;
    if (kind === '=') code += `__p += __e(${expr.trim()});\n`;
    else if (kind === '-') code += `__p += ((__t = (${expr.trim()})) == null ? '' : __t);\n`;
    else code += expr + '\n';
    last = offset + m.length;
    return m;
  });
  code += `__p += ${JSON.stringify(src.slice(last))};\nreturn __p;`;
  // Template source is trusted input from the developer (like lodash.template).
  const fn = new Function(variable, '__e', `let __t;\n${code}`);
  const render = (data = {}) => fn(data, escapeHtml);
  render.source = code;
  cache.set(key, render);
  return render;
}
module.exports = { compile, escapeHtml };
