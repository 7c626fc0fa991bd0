'use strict';
const { load, defaults } = require('./rules');

function headings(md) {
  const out = [];
  let fence = false;
  for (const line of md.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push({ level: m[1].length, text: m[2] });
  }
  return out;
}

function toc(md, opts = {}) {
  const o = { ...defaults, ...opts };
  const rules = load(opts.rules);
  return headings(md)
    .filter((h) => h.level >= o.minDepth && h.level <= o.maxDepth)
    .map((h) => `${' '.repeat((h.level - o.minDepth) * o.indent)}${o.bullet} [${h.text}](#${rules.slug(h.text)})`)
    .join('\n');
}

function insert(md, opts = {}) {
  const { start, end } = defaults.marker;
  const i = md.indexOf(start), j = md.indexOf(end);
  if (i < 0 || j < i) return md;
  return md.slice(0, i + start.length) + '\n\n' + toc(md, opts) + '\n\n' + md.slice(j);
}
module.exports = { headings, toc, insert };
