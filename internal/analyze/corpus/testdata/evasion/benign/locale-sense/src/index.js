import { TZ_REGION, REGION_CURRENCY } from './regions.js';

function fromPosixEnv(env) {
  // LC_ALL > LC_MESSAGES > LANG, e.g. "de_DE.UTF-8" -> "de-DE"
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE;
  if (!raw || raw === 'C' || raw === 'POSIX') return undefined;
  return raw.split(':')[0].split('.')[0].replace('_', '-');
}

export function detectLocales() {
  const out = [];
  if (typeof navigator !== 'undefined' && navigator.languages) out.push(...navigator.languages);
  else if (typeof navigator !== 'undefined' && navigator.language) out.push(navigator.language);
  if (typeof process !== 'undefined' && process.env) {
    const env = fromPosixEnv(process.env);
    if (env) out.push(env);
  }
  out.push(Intl.DateTimeFormat().resolvedOptions().locale);
  return [...new Set(out.map((l) => { try { return Intl.getCanonicalLocales(l)[0]; } catch { return null; } }).filter(Boolean))];
}

export function detectTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || (typeof process !== 'undefined' && process.env.TZ) || 'UTC';
}

export function detectRegion(locale = detectLocales()[0], timeZone = detectTimeZone()) {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    if (region && new Intl.Locale(locale).region) return region; // explicit region in the locale wins
    return TZ_REGION[timeZone] || region || 'US';
  } catch {
    return TZ_REGION[timeZone] || 'US';
  }
}

/** Best-effort defaults for formatting; apps should still let users override them. */
export function detect({ supported } = {}) {
  const locales = detectLocales();
  const timeZone = detectTimeZone();
  const locale = supported ? (locales.find((l) => supported.includes(l)) || locales.map((l) => l.split('-')[0]).find((l) => supported.includes(l)) || supported[0]) : locales[0];
  const region = detectRegion(locales[0], timeZone);
  const hour12 = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12;
  return { locale, locales, timeZone, region, currency: REGION_CURRENCY[region] || 'USD', hour12 };
}
