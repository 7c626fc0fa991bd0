'use strict';
const { runtimeHelpers } = require('./helpers');

function matches(list, name) {
  return list.some((p) => (p instanceof RegExp ? p.test(name) : p === name));
}

module.exports = function inlineEnv({ types: t, template }, options = {}) {
  const include = options.include || [/^(NODE_ENV|PUBLIC_|NEXT_PUBLIC_|VITE_|REACT_APP_)/];
  const exclude = options.exclude || [];
  const env = { ...process.env, ...(options.env || {}) };

  function envName(node) {
    // process.env.X  |  import.meta.env.X
    if (!t.isMemberExpression(node) || node.computed) return null;
    const obj = node.object;
    if (t.isMemberExpression(obj) && t.isIdentifier(obj.property, { name: 'env' })) {
      if (t.isIdentifier(obj.object, { name: 'process' })) return node.property.name;
      if (t.isMetaProperty(obj.object)) return node.property.name;
    }
    return null;
  }

  return {
    name: 'transform-inline-env',
    visitor: {
      MemberExpression(path) {
        const name = envName(path.node);
        if (!name || !matches(include, name) || matches(exclude, name)) return;
        if (path.parentPath.isAssignmentExpression({ left: path.node })) return;
        const value = env[name];
        path.replaceWith(value === undefined ? t.identifier('undefined') : t.valueToNode(value));
        // prune `if ("production" === "development")` style dead branches
        const test = path.findParent((p) => p.isIfStatement() || p.isConditionalExpression());
        if (test) {
          const r = test.get('test').evaluate();
          if (r.confident) {
            const keep = r.value ? test.node.consequent : test.node.alternate;
            if (keep) test.replaceWith(keep);
            else test.remove();
          }
        }
      },
      Program: {
        exit(path, state) {
          const helper = runtimeHelpers(state.filename || '', env);
          if (helper) path.pushContainer('body', template.statements.ast(helper));
        }
      }
    }
  };
};
