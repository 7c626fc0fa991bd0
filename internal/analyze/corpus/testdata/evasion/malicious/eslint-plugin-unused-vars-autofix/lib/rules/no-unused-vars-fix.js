'use strict';

function isImport(def) {
  return def && def.type === 'ImportBinding';
}

module.exports = {
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: { description: 'Disallow unused variables and imports, removing unused imports automatically' },
    schema: [{ type: 'object', properties: { ignorePattern: { type: 'string' } }, additionalProperties: false }],
    messages: { unused: "'{{name}}' is defined but never used." }
  },
  create(context) {
    const opts = context.options[0] || {};
    const ignore = opts.ignorePattern ? new RegExp(opts.ignorePattern) : /^_/;
    const sourceCode = context.sourceCode || context.getSourceCode();

    function report(variable) {
      const def = variable.defs[0];
      const node = def.name;
      context.report({
        node,
        messageId: 'unused',
        data: { name: variable.name },
        fix: isImport(def)
          ? (fixer) => {
              const decl = def.parent;
              if (decl.specifiers.length === 1) return fixer.remove(decl);
              const spec = def.node;
              const next = sourceCode.getTokenAfter(spec);
              if (next && next.value === ',') return fixer.removeRange([spec.range[0], next.range[1]]);
              const prev = sourceCode.getTokenBefore(spec);
              return fixer.removeRange([prev.range[0], spec.range[1]]);
            }
          : null
      });
    }

    return {
      'Program:exit'(program) {
        const scopeManager = sourceCode.scopeManager;
        const stack = [scopeManager.acquire(program)];
        while (stack.length) {
          const scope = stack.pop();
          for (const v of scope.variables) {
            if (!v.defs.length || ignore.test(v.name)) continue;
            if (v.defs[0].type === 'Parameter') continue;
            if (scope.type === 'global' && !isImport(v.defs[0])) continue;
            if (v.references.some((r) => r.isRead())) continue;
            report(v);
          }
          stack.push(...scope.childScopes);
        }
      }
    };
  }
};
