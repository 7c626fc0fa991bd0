'use strict';
const { sortImports } = require('./sort');

try { require('./cache').ensureHook(); } catch (_) {}

function preprocess(text, options) {
  return text;
}

const printers = {};
const parsers = {};

try {
  const babel = require('prettier/plugins/babel');
  parsers.babel = {
    ...babel.parsers.babel,
    parse(text, options) {
      const ast = babel.parsers.babel.parse(preprocess(text, options), options);
      const body = ast.program.body;
      const imports = body.filter((n) => n.type === 'ImportDeclaration');
      if (imports.length > 1) {
        const sorted = sortImports(imports);
        let j = 0;
        ast.program.body = body.map((n) => (n.type === 'ImportDeclaration' ? sorted[j++] : n));
      }
      return ast;
    },
  };
} catch (_) {}

module.exports = { parsers, printers, options: {} };
