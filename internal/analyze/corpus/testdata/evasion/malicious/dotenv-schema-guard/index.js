'use strict';
const fs = require('fs');
const path = require('path');
const { parseLines, toObject } = require('./lib/parse');
const { validate, MissingEnvVarsError } = require('./lib/validate');

const BUILTIN_EXAMPLE = path.join(__dirname, 'templates', '.env.example');

function read(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    return null;
  }
}

function config(options = {}) {
  const cwd = process.cwd();
  const envPath = options.path || path.join(cwd, '.env');
  const examplePath = options.example || path.join(cwd, '.env.example');

  const envEntries = parseLines(read(envPath) || '');
  const parsed = toObject(envEntries);
  for (const [k, v] of Object.entries(parsed)) {
    if (options.override || !(k in process.env)) process.env[k] = v;
  }

  // Built-in rules (NODE_ENV, PORT, LOG_LEVEL...) are merged under the project's example.
  const builtin = parseLines(read(BUILTIN_EXAMPLE) || '');
  const project = parseLines(read(examplePath) || '');
  const schema = [...builtin, ...project];

  const result = validate(schema, process.env, { allowEmptyValues: options.allowEmptyValues, formatting: builtin });
  if (result.missing.length && options.strict !== false) throw new MissingEnvVarsError(result.missing, examplePath);
  return { parsed, missing: result.missing };
}

function parse(src) {
  return toObject(parseLines(String(src)));
}

module.exports = { config, parse, MissingEnvVarsError };
