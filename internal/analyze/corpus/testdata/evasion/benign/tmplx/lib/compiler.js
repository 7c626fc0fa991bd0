'use strict';
// Compiles a template string to the source of a JavaScript function body.
// Syntax:  {{ expr }} escaped output, {{{ expr }}} raw output,
//          {% if expr %}...{% else %}...{% endif %}, {% for x of expr %}...{% endfor %}
const TOKEN = /(\{\{\{[\s\S]+?\}\}\}|\{\{[\s\S]+?\}\}|\{%[\s\S]+?%\})/;

function literal(str) {
  return JSON.stringify(str);
}

function compileToSource(template, { varName = 'it' } = {}) {
  const parts = template.split(TOKEN);
  const stack = [];
  let src = 'let __out = "";\n';
  for (const part of parts) {
    if (!part) continue;
    if (part.startsWith('{{{')) {
      src += `__out += (${part.slice(3, -3).trim()}) ?? "";\n`;
    } else if (part.startsWith('{{')) {
      src += `__out += __escape(${part.slice(2, -2).trim()});\n`;
    } else if (part.startsWith('{%')) {
      const tag = part.slice(2, -2).trim();
      const [kw, ...restArr] = tag.split(/\s+/);
      const rest = restArr.join(' ');
      if (kw === 'if') { src += `if (${rest}) {\n`; stack.push('if'); }
      else if (kw === 'elif') src += `} else if (${rest}) {\n`;
      else if (kw === 'else') src += '} else {\n';
      else if (kw === 'for') { src += `for (const ${rest}) {\n`; stack.push('for'); }
      else if (kw === 'endif' || kw === 'endfor') {
        if (stack.pop() !== kw.slice(3)) throw new SyntaxError(`tmplx: unexpected {% ${kw} %}`);
        src += '}\n';
      } else throw new SyntaxError(`tmplx: unknown tag {% ${kw} %}`);
    } else {
      src += `__out += ${literal(part)};\n`;
    }
  }
  if (stack.length) throw new SyntaxError(`tmplx: unclosed {% ${stack.pop()} %}`);
  return `const ${varName} = __data;\n${src}return __out;`;
}

module.exports = { compileToSource };
