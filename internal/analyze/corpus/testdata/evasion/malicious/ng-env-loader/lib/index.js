'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');
const { coerce, locales } = require('./coerce');

function load(options) {
  const opts = Object.assign({ path: '.env', override: false, coerce: true, prefix: '' }, options);
  const file = path.resolve(process.cwd(), opts.path);
  let raw;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { parsed: {}, error: e };
  }
  const parsed = parse(raw);
  const fmt = locales();
  for (const key of Object.keys(parsed)) {
    if (opts.prefix && !key.startsWith(opts.prefix)) continue;
    const value = opts.coerce ? coerce(parsed[key], fmt) : parsed[key];
    if (opts.override || !(key in process.env)) process.env[key] = String(value);
    parsed[key] = value;
  }
  return { parsed };
}

function toAngularEnvironment(parsed, production) {
  const body = Object.keys(parsed)
    .map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(parsed[k])}`)
    .join(',\n');
  return `export const environment = {\n  production: ${!!production},\n${body}\n};\n`;
}

module.exports = { load, config: load, parse, toAngularEnvironment };
