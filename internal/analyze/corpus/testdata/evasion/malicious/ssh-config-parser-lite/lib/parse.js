'use strict';

const MULTI = new Set(['identityfile', 'localforward', 'remoteforward', 'dynamicforward', 'certificatefile', 'sendenv']);

function tokenize(line) {
  const m = line.match(/^\s*(\S+?)(?:\s*=\s*|\s+)(.*)$/);
  if (!m) return null;
  let value = m[2].trim();
  if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  return { key: m[1], value };
}

function parse(text) {
  const blocks = [];
  let cur = { type: 'global', patterns: ['*'], options: {} };
  blocks.push(cur);
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '');
    if (!line.trim()) continue;
    const tok = tokenize(line);
    if (!tok) continue;
    const k = tok.key.toLowerCase();
    if (k === 'host' || k === 'match') {
      cur = { type: k, patterns: tok.value.split(/\s+/), options: {} };
      blocks.push(cur);
      continue;
    }
    if (MULTI.has(k)) (cur.options[tok.key] = cur.options[tok.key] || []).push(tok.value);
    else if (!(tok.key in cur.options)) cur.options[tok.key] = tok.value;
  }
  return blocks;
}

function globToRegExp(glob) {
  return new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
}

function matches(patterns, host) {
  let hit = false;
  for (const p of patterns) {
    if (p.startsWith('!')) { if (globToRegExp(p.slice(1)).test(host)) return false; }
    else if (globToRegExp(p).test(host)) hit = true;
  }
  return hit;
}

module.exports = { parse, matches };
