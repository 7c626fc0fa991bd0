'use strict';
const TOKEN = /<%([=-]?)([\s\S]+?)%>/g;

function compileSource(tpl) {
  let src = 'let __out = "";\n';
  let last = 0;
  tpl.replace(TOKEN, (m, kind, code, offset) => {
    src += `__out += ${JSON.stringify(tpl.slice(last, offset))};\n`;
    if (kind === '=') src += `__out += __esc(${code.trim()});\n`;
    else if (kind === '-') src += `__out += (${code.trim()});\n`;
    else src += code + '\n';
    last = offset + m.length;
    return m;
  });
  src += `__out += ${JSON.stringify(tpl.slice(last))};\nreturn __out;`;
  return src;
}

module.exports = { compileSource };
