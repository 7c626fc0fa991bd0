// Tiny EJS-like template compiler ("<%= expr %>" escapes nothing – output is source code, not HTML).
// Templates come from this package or a repo the user explicitly names on the command line.
export function compile(src) {
  let body = 'let __out = "";\nwith (__data) {\n';
  let last = 0;
  const re = /<%(=?)([\s\S]+?)%>/g;
  let m;
  while ((m = re.exec(src))) {
    body += `__out += ${JSON.stringify(src.slice(last, m.index))};\n`;
    body += m[1] ? `__out += String(${m[2].trim()});\n` : `${m[2].trim()}\n`;
    last = re.lastIndex;
  }
  body += `__out += ${JSON.stringify(src.slice(last))};\n}\nreturn __out;`;
  // `with` is not allowed in strict-mode modules, so the render function is built with the Function constructor.
  return new Function('__data', body);
}
