'use strict';
const RE = /^(feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(\([\w$.\-* ]+\))?!?: .{1,100}$/;
function lint(msg) {
  const first = String(msg).split('\n')[0];
  return RE.test(first) ? [] : [`invalid header: "${first}"`];
}
module.exports = { lint };
