'use strict';

function parseEnv(src) {
  const out = {};
  for (const raw of src.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = line.match(/^(?:export\s+)?([\w.-]+)\s*=\s*(.*)$/);
    if (!m) continue;
    let v = m[2].trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
      v = v.slice(1, -1);
      if (m[2].trim()[0] === '"') v = v.replace(/\\n/g, '\n');
    } else {
      v = v.replace(/\s+#.*$/, '');
    }
    out[m[1]] = v;
  }
  return out;
}

function validate(env, schema) {
  const errors = [];
  for (const [key, type] of Object.entries(schema)) {
    const v = env[key];
    if (v === undefined) { errors.push(`${key} is missing`); continue; }
    if (type === 'number' && Number.isNaN(Number(v))) errors.push(`${key} must be a number`);
    if (type === 'boolean' && !/^(true|false|0|1)$/i.test(v)) errors.push(`${key} must be a boolean`);
    if (type === 'url') { try { new URL(v); } catch { errors.push(`${key} must be a URL`); } }
  }
  return errors;
}

module.exports = { parseEnv, validate };
