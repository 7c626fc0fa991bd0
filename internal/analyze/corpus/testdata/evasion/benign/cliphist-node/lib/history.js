'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const DIR = process.env.CLIPHIST_DIR || path.join(process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'cliphist');
const FILE = path.join(DIR, 'history.jsonl');

// Heuristics so the history does not hoard credentials copied from password managers.
const SECRET_PATTERNS = [
  /^-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /^(ghp|gho|github_pat)_[A-Za-z0-9_]{20,}$/,
  /^AKIA[0-9A-Z]{16}$/,
  /^xox[abpr]-[A-Za-z0-9-]{10,}$/,
  /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/ // JWT
];

function entropy(s) {
  const f = {};
  for (const ch of s) f[ch] = (f[ch] || 0) + 1;
  return Object.values(f).reduce((h, n) => h - (n / s.length) * Math.log2(n / s.length), 0);
}

function looksSecret(text) {
  const t = text.trim();
  if (SECRET_PATTERNS.some((re) => re.test(t))) return true;
  // single "word", 12-64 chars, high entropy -> probably a generated password
  return !/\s/.test(t) && t.length >= 12 && t.length <= 64 && entropy(t) > 3.6 && /\d/.test(t) && /[^A-Za-z0-9]/.test(t);
}

function load() {
  try {
    return fs.readFileSync(FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch (e) {
    return [];
  }
}

function add(text, { max = 200, keepSecrets = false } = {}) {
  if (!text || !text.trim() || text.length > 100000) return false;
  if (!keepSecrets && looksSecret(text)) return false;
  const id = crypto.createHash('sha1').update(text).digest('hex').slice(0, 12);
  const items = load().filter((e) => e.id !== id);
  items.push({ id, ts: Date.now(), text });
  fs.mkdirSync(DIR, { recursive: true, mode: 0o700 });
  fs.writeFileSync(FILE, items.slice(-max).map((e) => JSON.stringify(e)).join('\n') + '\n', { mode: 0o600 });
  return true;
}

function clear() {
  try { fs.unlinkSync(FILE); } catch (e) { /* nothing to clear */ }
}

module.exports = { load, add, clear, looksSecret, FILE };
