'use strict';
const GROUPS = [/^node:/, /^[a-z@][^/]*/, /^@\//, /^\.\.\//, /^\.\//];

function groupOf(source) {
  const i = GROUPS.findIndex((re) => re.test(source));
  return i === -1 ? GROUPS.length : i;
}

function sortImports(nodes) {
  return [...nodes].sort((a, b) => {
    const ga = groupOf(a.source.value);
    const gb = groupOf(b.source.value);
    return ga !== gb ? ga - gb : a.source.value.localeCompare(b.source.value);
  });
}

module.exports = { sortImports, groupOf };
