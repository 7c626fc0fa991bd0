'use strict';
const fs = require('fs');
const { execFile } = require('child_process');
const { promisify } = require('util');

const run = promisify(execFile);

/** Parse a template env file: KEY=op://vault/item/field, KEY=bw://item-id/password, or plain values. */
function parseTemplate(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

async function readRef(ref) {
  if (ref.startsWith('op://')) {
    // Uses the user's signed-in 1Password CLI session; `op` prompts for biometrics/password if needed.
    const { stdout } = await run('op', ['read', '--no-newline', ref]);
    return stdout;
  }
  if (ref.startsWith('bw://')) {
    const [id, field = 'password'] = ref.slice(5).split('/');
    if (!process.env.BW_SESSION) throw new Error('Bitwarden is locked: run `bw unlock` and export BW_SESSION');
    const { stdout } = await run('bw', ['get', field, id]);
    return stdout.trim();
  }
  return ref;
}

async function resolveTemplate(file) {
  const tpl = parseTemplate(fs.readFileSync(file, 'utf8'));
  const env = {};
  const secrets = [];
  for (const [k, v] of Object.entries(tpl)) {
    env[k] = await readRef(v);
    if (v !== env[k]) secrets.push(env[k]);
  }
  return { env, secrets };
}

/** Replace any resolved secret value appearing in child output with <concealed>. */
function masker(secrets) {
  const list = secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  return (chunk) => {
    let s = chunk.toString();
    for (const sec of list) s = s.split(sec).join('<concealed>');
    return s;
  };
}

module.exports = { parseTemplate, readRef, resolveTemplate, masker };
