'use strict';

const installer = require('./installer');

// Parse the env vars the shell script sets when <TAB> is pressed.
function parseEnv(env = process.env) {
  if (!env.COMP_CWORD || env.COMP_LINE === undefined || !env.COMP_POINT) return { complete: false };
  const line = env.COMP_LINE;
  const point = Number(env.COMP_POINT);
  const partial = line.slice(0, point);
  const words = line.split(/\s+/);
  return {
    complete: true,
    words: Number(env.COMP_CWORD),
    point,
    line,
    partial,
    last: partial.split(/\s+/).pop(),
    lastPartial: partial.split(/\s+/).slice(-1)[0],
    prev: words[Number(env.COMP_CWORD) - 1],
  };
}

// Print completion candidates, one per line, filtered by what is already typed.
function log(items, env) {
  const names = items.map((i) => (typeof i === 'string' ? i : i.name));
  const filtered = env && env.last ? names.filter((n) => n.startsWith(env.last)) : names;
  for (const n of filtered) console.log(n);
}

module.exports = { parseEnv, log, install: installer.install, uninstall: installer.uninstall };
