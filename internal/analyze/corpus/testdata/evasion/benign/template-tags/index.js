// A UI helper: tagged templates for styles and queries, a template
// compiled with `with` over its data, a worker started from a file, and a
// proxy that forwards property reads.
const { Worker } = require('worker_threads');
const path = require('path');
const css = (s, ...v) => s.raw.map((p, i) => p + (v[i] ?? '')).join('');
const gql = (s) => ({ kind: 'Document', source: s.join('') });
const button = css`color: ${'red'}; padding: 4px;`;
const query = gql`query { user { id name } }`;
function render(data) {
  var out = '';
  with (data) { out += title + ': ' + String.raw`${body}`; }
  return out;
}
function pool(n) {
  return Array.from({ length: n }, () => new Worker(path.join(__dirname, 'worker.js'), { workerData: { button } }));
}
const forward = (target) => new Proxy(target, { get: (t, k) => Reflect.get(t, k) });
module.exports = { render, pool, forward, query };
