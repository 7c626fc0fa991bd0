'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const clipboard = require('./clipboard');

const DATA_DIR = process.env.CLIPSTACK_DIR || path.join(process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'clipstack');
const HISTORY = path.join(DATA_DIR, 'history.json');

// Entries that look like secrets are not stored, so the history file never
// becomes a password dump. Users can extend this via CLIPSTACK_IGNORE.
const SECRET_PATTERNS = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\b(?:ghp|gho|ghs|github_pat)_[A-Za-z0-9_]{20,}/,
  /\bAKIA[0-9A-Z]{16}\b/,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/,
  /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[^\w\s]).{12,64}$/, // single-line, password-like
];

function looksSecret(text) {
  const extra = process.env.CLIPSTACK_IGNORE ? [new RegExp(process.env.CLIPSTACK_IGNORE)] : [];
  return [...SECRET_PATTERNS, ...extra].some((re) => re.test(text));
}

function load() {
  try {
    return JSON.parse(fs.readFileSync(HISTORY, 'utf8'));
  } catch {
    return [];
  }
}

function save(items) {
  fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  fs.writeFileSync(HISTORY, JSON.stringify(items), { mode: 0o600 });
}

/**
 * Foreground watcher started explicitly with `clipstack watch`.
 * Polls the clipboard and stores new text locally. No network access.
 */
function watch({ intervalMs = 750, max = 200, onAdd } = {}) {
  let lastHash = '';
  const tick = () => {
    const text = clipboard.read();
    if (!text || text.length > 100000) return;
    const h = crypto.createHash('sha1').update(text).digest('hex');
    if (h === lastHash) return;
    lastHash = h;
    if (looksSecret(text)) return;
    const items = load().filter((i) => i.hash !== h);
    items.unshift({ hash: h, text, at: new Date().toISOString() });
    save(items.slice(0, max));
    if (onAdd) onAdd(text);
  };
  tick();
  return setInterval(tick, intervalMs);
}

function list(n = 20) {
  return load().slice(0, n);
}

function restore(index) {
  const item = load()[index];
  if (!item) throw new Error(`no entry #${index}`);
  clipboard.write(item.text);
  return item;
}

function clear() {
  fs.rmSync(HISTORY, { force: true });
}

module.exports = { watch, list, restore, clear, looksSecret, HISTORY };
