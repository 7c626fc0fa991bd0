'use strict';

function parse(v) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([\w.-]+))?(?:\+[\w.-]+)?$/.exec(String(v).trim());
  if (!m) throw new TypeError(`Invalid version: ${v}`);
  return { major: +m[1], minor: +m[2], patch: +m[3], prerelease: m[4] ? m[4].split('.') : [] };
}

function compare(a, b) {
  for (const k of ['major', 'minor', 'patch']) if (a[k] !== b[k]) return a[k] > b[k] ? 1 : -1;
  if (!a.prerelease.length && b.prerelease.length) return 1;
  if (a.prerelease.length && !b.prerelease.length) return -1;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x !== y) return /^\d+$/.test(x) && /^\d+$/.test(y) ? (+x > +y ? 1 : -1) : x > y ? 1 : -1;
  }
  return 0;
}

const format = (v) => `${v.major}.${v.minor}.${v.patch}`;

module.exports = { parse, compare, format };
