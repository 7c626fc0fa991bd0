'use strict';
// Tokenizer-aware minifier: removes comments and collapses whitespace while
// preserving strings, template literals and regex literals.
const ID = /[A-Za-z0-9_$]/;

function needsSpace(prev, next) {
  return ID.test(prev) && ID.test(next);
}

function isRegexStart(out) {
  const last = out.trimEnd().slice(-1);
  return !last || '(,=:[!&|?{};+-*%<>~^'.includes(last);
}

function minifyJs(code) {
  let out = '';
  let i = 0;
  let pendingSpace = false;
  while (i < code.length) {
    const c = code[i];
    const n = code[i + 1];
    if (c === '/' && n === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      pendingSpace = true;
    } else if (c === '/' && n === '*') {
      const end = code.indexOf('*/', i + 2);
      const body = code.slice(i, end + 2);
      if (body.startsWith('/*!')) out += body + '\n';
      i = end === -1 ? code.length : end + 2;
      pendingSpace = true;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      if (pendingSpace && needsSpace(out.slice(-1), c)) out += ' ';
      out += code.slice(i, j + 1);
      i = j + 1;
      pendingSpace = false;
    } else if (c === '/' && isRegexStart(out)) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length && (code[j] !== '/' || inClass)) {
        if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        j += code[j] === '\\' ? 2 : 1;
      }
      j++;
      while (ID.test(code[j] || '')) j++;
      out += code.slice(i, j);
      i = j;
      pendingSpace = false;
    } else if (/\s/.test(c)) {
      if (c === '\n' && /[)\]}\w]$/.test(out) && /[\w$({[]/.test(code.slice(i).trimStart()[0] || '')) out += '\n';
      pendingSpace = true;
      i++;
    } else {
      if (pendingSpace && needsSpace(out.slice(-1), c)) out += ' ';
      out += c;
      pendingSpace = false;
      i++;
    }
  }
  return out.replace(/\n+/g, '\n').trim();
}

function minifyCss(css) {
  return css
    .replace(/\/\*(?!!)[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

function minify(code, { type = 'js', banner } = {}) {
  const result = type === 'css' ? minifyCss(code) : minifyJs(code);
  return banner ? `/*! ${banner} */\n${result}` : result;
}

module.exports = { minify, minifyJs, minifyCss };
