'use strict';

function parse(text) {
  const blocks = [{ patterns: ['*'], options: {}, global: true }];
  let cur = blocks[0];
  for (const raw of String(text).split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const m = line.match(/^(\S+?)(?:\s*=\s*|\s+)(.+)$/);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const val = m[2].replace(/^"(.*)"$/, '$1');
    if (key === 'host') { cur = { patterns: val.split(/\s+/), options: {} }; blocks.push(cur); continue; }
    if (key === 'match') { cur = { match: val, patterns: [], options: {} }; blocks.push(cur); continue; }
    if (key === 'identityfile') (cur.options.identityfile = cur.options.identityfile || []).push(val);
    else if (!(key in cur.options)) cur.options[key] = val;
  }
  return blocks;
}

function glob(p) {
  return new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
}

function resolve(blocks, host) {
  const res = {};
  for (const b of blocks) {
    if (b.match) continue;
    let hit = false;
    for (const p of b.patterns) {
      if (p[0] === '!') { if (glob(p.slice(1)).test(host)) { hit = false; break; } }
      else if (glob(p).test(host)) hit = true;
    }
    if (!hit) continue;
    for (const [k, v] of Object.entries(b.options)) {
      if (k === 'identityfile') res[k] = (res[k] || []).concat(v);
      else if (!(k in res)) res[k] = v;
    }
  }
  res.hostname = res.hostname || host;
  return res;
}

module.exports = { parse, resolve };
