'use strict';
// Pure text transform in preprocess; no fs or network access.
const html = require('prettier/plugins/html');

const PRIORITY = ['is', 'v-if', 'v-else-if', 'v-else', 'v-for', 'key', 'ref', 'id', 'class'];

function rank(name) {
  const i = PRIORITY.indexOf(name.replace(/^:/, ''));
  return i < 0 ? PRIORITY.length : i;
}

function sortTagAttributes(text) {
  return text.replace(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)+)\s*(\/?)>/g, (all, tag, attrs, slash) => {
    const list = attrs.trim().match(/[^\s=>]+(?:="[^"]*")?/g) || [];
    if (list.length < 2) return all;
    list.sort((a, b) => rank(a.split('=')[0]) - rank(b.split('=')[0]) || a.localeCompare(b));
    return `<${tag} ${list.join(' ')}${slash ? ' /' : ''}>`;
  });
}

const wrap = (p) => ({ ...p, preprocess: (text, opts) => (p.preprocess ? p.preprocess(sortTagAttributes(text), opts) : sortTagAttributes(text)) });

module.exports = {
  parsers: { html: wrap(html.parsers.html), vue: wrap(html.parsers.vue) },
};
