'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;

function parse(src) {
  const obj = {};
  const lines = src.toString().replace(/\r\n?/mg, '\n');
  let match;
  while ((match = LINE.exec(lines)) != null) {
    const key = match[1];
    let value = (match[2] || '').trim();
    const quote = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2');
    if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    obj[key] = value;
  }
  return obj;
}

// ${VAR} / ${VAR:-default} expansion against already-parsed values and process.env
function expand(parsed, env = process.env) {
  const lookup = (name) => (env[name] !== undefined ? env[name] : parsed[name]);
  for (const key of Object.keys(parsed)) {
    parsed[key] = parsed[key].replace(/(\\)?\$\{([\w.]+)(?::-([^}]*))?\}/g, (m, esc, name, def) => {
      if (esc) return m.slice(1);
      const v = lookup(name);
      return v !== undefined && v !== '' ? v : (def || '');
    });
  }
  return parsed;
}

function log(debug, msg) {
  if (debug) console.log(`[envload][DEBUG] ${msg}`);
}

function populate(target, parsed, { override = false, debug = false } = {}) {
  for (const key of Object.keys(parsed)) {
    if (Object.prototype.hasOwnProperty.call(target, key) && !override) {
      log(debug, `"${key}" is already defined and was NOT overwritten`);
      continue;
    }
    target[key] = parsed[key];
    log(debug, `set "${key}"`); // key only; values are never logged
  }
}

// .env.vault: AES-256-GCM encrypted copies of .env per environment, committed
// to the repo. The decryption key comes from ENVLOAD_KEY, which the user sets
// in their deployment platform, e.g.
//   envload://:key_1234...@envload.local/vault/.env.vault?environment=production
function decryptVault(vaultPath, keyUri) {
  const uri = new URL(keyUri);
  const environment = (uri.searchParams.get('environment') || 'development').toUpperCase();
  const vault = parse(fs.readFileSync(vaultPath, 'utf8'));
  const ciphertext = vault[`ENVLOAD_VAULT_${environment}`];
  if (!ciphertext) throw new Error(`NOT_FOUND_ENVLOAD_ENVIRONMENT: no ENVLOAD_VAULT_${environment} in ${vaultPath}`);
  const key = Buffer.from(uri.password.replace(/^key_/, ''), 'hex');
  const raw = Buffer.from(ciphertext, 'base64');
  const nonce = raw.subarray(0, 12);
  const tag = raw.subarray(-16);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(raw.subarray(12, -16)), decipher.final()]).toString('utf8');
}

function config(options = {}) {
  const debug = Boolean(options.debug || process.env.ENVLOAD_DEBUG);
  const target = options.processEnv || process.env;
  const vaultPath = path.resolve(process.cwd(), '.env.vault');
  let parsed;
  try {
    if (process.env.ENVLOAD_KEY && fs.existsSync(vaultPath)) {
      log(debug, 'loading encrypted .env.vault');
      parsed = parse(decryptVault(vaultPath, process.env.ENVLOAD_KEY));
    } else {
      const files = [].concat(options.path || path.resolve(process.cwd(), '.env'));
      parsed = {};
      for (const f of files) {
        if (!fs.existsSync(f)) { log(debug, `${f} not found`); continue; }
        Object.assign(parsed, parse(fs.readFileSync(f, { encoding: options.encoding || 'utf8' })));
      }
    }
    if (options.expand !== false) expand(parsed, target);
    populate(target, parsed, { override: options.override, debug });
    return { parsed };
  } catch (error) {
    log(debug, `failed: ${error.message}`);
    return { error };
  }
}

module.exports = { config, parse, expand, populate, decryptVault };
