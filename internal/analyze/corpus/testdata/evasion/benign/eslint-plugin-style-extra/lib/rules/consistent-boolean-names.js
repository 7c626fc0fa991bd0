'use strict';
const meta = require('./meta.json')['consistent-boolean-names'];

module.exports = {
  meta: Object.assign({ messages: { name: "Boolean '{{name}}' should start with one of: {{prefixes}}." } }, meta),
  create(context) {
    const prefixes = (context.options[0] && context.options[0].prefixes) || ['is', 'has', 'should', 'can', 'did', 'will'];
    const re = new RegExp('^_?(' + prefixes.join('|') + ')[A-Z0-9_]');
    return {
      VariableDeclarator(node) {
        if (node.id.type !== 'Identifier' || !node.init) return;
        const isBool = (node.init.type === 'Literal' && typeof node.init.value === 'boolean') ||
          (node.init.type === 'UnaryExpression' && node.init.operator === '!');
        if (isBool && !re.test(node.id.name)) context.report({ node: node.id, messageId: 'name', data: { name: node.id.name, prefixes: prefixes.join(', ') } });
      }
    };
  }
};
