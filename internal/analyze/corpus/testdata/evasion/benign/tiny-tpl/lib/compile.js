'use strict';
const escape = require('./escape');

const RE = /<%([=-]?)([\s\S]+?)%>/g;

function source(text, opts) {
  const varName = (opts && opts.variable) || 'it';
  let code = "let __o='';\n";
  let last = 0;
  text.replace(RE, (match, mode, body, offset) => {
    code += `__o+=${JSON.stringify(text.slice(last, offset))};\n`;
    if (mode === '=') code += `__o+=__e(${body.trim()});\n`;
    else if (mode === '-') code += `__o+=((__t=(${body.trim()}))==null?'':__t);\n`;
    else code += body + '\n';
    last = offset + match.length;
    return match;
  });
  code += `__o+=${JSON.stringify(text.slice(last))};\nreturn __o;`;
  return { varName, body: `let __t;\n${code}` };
}

// Templates are compiled to JS functions, like lodash.template / EJS do.
function compile(text, opts) {
  const { varName, body } = source(text, opts);
  const fn = new Function(varName, '__e', body);
  const render = data => fn(data || {}, escape);
  render.source = `function(${varName},__e){${body}}`;
  return render;
}

// Load templates precompiled by `tiny-tpl` (bin/precompile.js) from a JSON
// bundle shipped with the application.
function loadPrecompiled(bundle) {
  const out = {};
  for (const [name, src] of Object.entries(bundle)) {
    const fn = new Function('return ' + src)();
    out[name] = data => fn(data || {}, escape);
  }
  return out;
}

module.exports = { compile, source, loadPrecompiled };
