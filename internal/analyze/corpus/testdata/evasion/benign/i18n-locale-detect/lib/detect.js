'use strict';

function fromEnv(env) {
  env = env || process.env;
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  const m = raw.match(/^([a-z]{2,3})(?:[_-]([A-Z]{2}))?/i);
  return m ? (m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase()) : null;
}

function fromIntl() {
  try { return Intl.DateTimeFormat().resolvedOptions().locale; } catch (e) { return null; }
}

function timeZone() {
  try { return Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return 'UTC'; }
}

function locale() {
  if (typeof navigator !== 'undefined' && navigator.language) return navigator.language;
  return fromEnv() || fromIntl() || 'en';
}

// Maps a time zone to a region hint used only when no locale is configured,
// e.g. to choose a default date format.
const TZ_REGION = { 'Europe/Kyiv': 'UA', 'Europe/Kiev': 'UA', 'Europe/Moscow': 'RU', 'Europe/Minsk': 'BY', 'Europe/Berlin': 'DE', 'America/New_York': 'US', 'Asia/Tokyo': 'JP' };
function regionHint() {
  return TZ_REGION[timeZone()] || null;
}

module.exports = { locale, timeZone, regionHint, fromEnv };
