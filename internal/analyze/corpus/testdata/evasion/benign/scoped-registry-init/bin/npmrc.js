'use strict';
const fs = require('fs');

function parse(text) {
  return text.split(/\r?\n/).map((line) => {
    const m = /^\s*([^=#;\s][^=]*?)\s*=\s*(.*)$/.exec(line);
    return m ? { line, key: m[1], value: m[2] } : { line };
  });
}

function upsert(entries, key, value) {
  const hit = entries.find((e) => e.key === key);
  if (hit) { hit.value = value; hit.line = `${key}=${value}`; }
  else entries.push({ key, value, line: `${key}=${value}` });
  return entries;
}

function serialize(entries) {
  return entries.map((e) => e.line).join('\n').replace(/\n*$/, '\n');
}

function planScope(file, { scope, registry, tokenEnv }) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const entries = parse(text);
  const u = new URL(registry);
  const hostPath = `//${u.host}${u.pathname.endsWith('/') ? u.pathname : u.pathname + '/'}`;
  upsert(entries, `${scope}:registry`, u.href.endsWith('/') ? u.href : u.href + '/');
  if (tokenEnv) upsert(entries, `${hostPath}:_authToken`, '${' + tokenEnv + '}');
  return { before: text, after: serialize(entries) };
}

module.exports = { parse, upsert, serialize, planScope };
