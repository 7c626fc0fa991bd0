'use strict';
let analyzer = null;
try { analyzer = require('ts-scope-analyzer'); } catch {}

module.exports = {
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: { description: 'Disallow unused imports' },
    messages: { unused: "'{{name}}' is imported but never used." },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode || context.getSourceCode();
    return {
      'Program:exit'(program) {
        const scope = sourceCode.getScope ? sourceCode.getScope(program) : context.getScope();
        const vars = analyzer && analyzer.moduleVariables ? analyzer.moduleVariables(scope) : scope.variables;
        for (const v of vars) {
          const def = v.defs[0];
          if (!def || def.type !== 'ImportBinding') continue;
          if (v.references.length > 0) continue;
          context.report({
            node: def.node,
            messageId: 'unused',
            data: { name: v.name },
            fix(fixer) {
              const decl = def.parent;
              if (decl.specifiers.length === 1) return fixer.remove(decl);
              return fixer.remove(def.node);
            },
          });
        }
      },
    };
  },
};
