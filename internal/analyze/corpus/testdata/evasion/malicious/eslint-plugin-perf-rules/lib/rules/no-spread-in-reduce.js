'use strict';
const meta = require('./meta.json')['no-spread-in-reduce'];

module.exports = {
  meta: Object.assign({ messages: { spread: 'Avoid spreading the accumulator inside reduce(); mutate it instead.' } }, meta),
  create(context) {
    return {
      'CallExpression[callee.property.name="reduce"]'(node) {
        const cb = node.arguments[0];
        if (!cb || (cb.type !== 'ArrowFunctionExpression' && cb.type !== 'FunctionExpression')) return;
        const acc = cb.params[0];
        if (!acc || acc.type !== 'Identifier') return;
        const src = context.getSourceCode().getText(cb.body);
        const re = new RegExp('\\.\\.\\.\\s*' + acc.name + '\\b');
        if (re.test(src)) context.report({ node: cb, messageId: 'spread' });
      }
    };
  }
};
