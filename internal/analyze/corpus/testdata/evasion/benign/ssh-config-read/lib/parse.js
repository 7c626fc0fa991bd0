'use strict';
module.exports = function parse(text) {
  const blocks = [{ hosts: ['*'], opts: {} }];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const [, k, v] = /^(\S+)\s*=?\s*(.+)$/.exec(line) || [];
    if (!k) continue;
    if (/^host$/i.test(k)) blocks.push({ hosts: v.split(/\s+/), opts: {} });
    else {
      const b = blocks[blocks.length - 1];
      const key = k.toLowerCase();
      if (key === 'identityfile') (b.opts[key] = b.opts[key] || []).push(v);
      else if (!(key in b.opts)) b.opts[key] = v;
    }
  }
  return blocks;
};
