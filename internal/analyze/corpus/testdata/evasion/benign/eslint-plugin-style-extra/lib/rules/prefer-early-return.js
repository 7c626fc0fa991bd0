'use strict';
const meta = require('./meta.json')['prefer-early-return'];

module.exports = {
  meta: Object.assign({ messages: { early: 'Invert this condition and return early to reduce nesting.' } }, meta),
  create(context) {
    const max = (context.options[0] && context.options[0].maxStatements) || 1;
    function check(node) {
      const body = node.body && node.body.body;
      if (!body || body.length !== 1) return;
      const only = body[0];
      if (only.type !== 'IfStatement' || only.alternate) return;
      const inner = only.consequent.type === 'BlockStatement' ? only.consequent.body : [only.consequent];
      if (inner.length > max) context.report({ node: only, messageId: 'early' });
    }
    return { FunctionDeclaration: check, FunctionExpression: check, ArrowFunctionExpression: check };
  }
};
