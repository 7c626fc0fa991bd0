'use strict';
const meta = require('./meta.json')['no-await-in-loop-ext'];
const LOOPS = new Set(['ForStatement', 'ForOfStatement', 'ForInStatement', 'WhileStatement', 'DoWhileStatement']);

module.exports = {
  meta: Object.assign({ messages: { seq: 'Independent awaits in a loop run sequentially; consider Promise.all().' } }, meta),
  create(context) {
    return {
      AwaitExpression(node) {
        let p = node.parent;
        while (p) {
          if (p.type === 'FunctionDeclaration' || p.type === 'FunctionExpression' || p.type === 'ArrowFunctionExpression') return;
          if (LOOPS.has(p.type)) {
            if (p.type === 'ForOfStatement' && p.await) return;
            context.report({ node, messageId: 'seq' });
            return;
          }
          p = p.parent;
        }
      }
    };
  }
};
