'use strict';
function parseSshConfig(text) {
  const hosts = [];
  let cur = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const m = line.match(/^(\S+)\s*=?\s*(.+)$/);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].replace(/^"|"$/g, '');
    if (key === 'host') {
      cur = { patterns: value.split(/\s+/), options: {} };
      hosts.push(cur);
    } else if (cur) {
      (cur.options[key] = cur.options[key] || []).push(value);
    }
  }
  return hosts;
}
module.exports = { parseSshConfig };
