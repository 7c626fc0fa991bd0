'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const http = require('http');
const { execFileSync } = require('child_process');

function parseNpmrc(file) {
  const out = {};
  let text;
  try { text = fs.readFileSync(file, 'utf8'); } catch { return out; }
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const i = line.indexOf('=');
    if (i < 0) continue;
    const k = line.slice(0, i).trim();
    let v = line.slice(i + 1).trim();
    v = v.replace(/\$\{([^}]+)\}/g, (_, n) => process.env[n] || '');
    out[k] = v;
  }
  return out;
}

// same precedence as npm: project > user > global (builtin ignored)
function loadConfig(cwd = process.cwd()) {
  const files = [
    path.join(cwd, '.npmrc'),
    process.env.NPM_CONFIG_USERCONFIG || path.join(os.homedir(), '.npmrc'),
  ];
  const merged = {};
  for (const f of files.reverse()) Object.assign(merged, parseNpmrc(f));
  return merged;
}

function registryFor(cfg, scope) {
  if (scope && cfg[`${scope}:registry`]) return cfg[`${scope}:registry`];
  if (cfg.registry) return cfg.registry;
  // fall back to what npm itself reports
  return execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['config', 'get', 'registry'], { encoding: 'utf8', shell: process.platform === 'win32' }).trim();
}

function tokenFor(cfg, registry) {
  const u = new URL(registry);
  const nerf = `//${u.host}${u.pathname.replace(/\/?$/, '/')}`;
  for (const key of [`${nerf}:_authToken`, `//${u.host}/:_authToken`]) if (cfg[key]) return { type: 'bearer', value: cfg[key], key };
  for (const key of [`${nerf}:_auth`, `//${u.host}/:_auth`]) if (cfg[key]) return { type: 'basic', value: cfg[key], key };
  return null;
}

// Only ever talks to the registry the token belongs to.
function whoami(registry, token) {
  const u = new URL('-/whoami', registry.replace(/\/?$/, '/'));
  const mod = u.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const req = mod.get(u, { headers: { authorization: `${token.type === 'bearer' ? 'Bearer' : 'Basic'} ${token.value}`, accept: 'application/json' }, timeout: 10000 }, (res) => {
      let b = ''; res.on('data', (c) => (b += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(b).username) : reject(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
  });
}

const mask = (t) => (t.length <= 8 ? '****' : `${t.slice(0, 4)}…${t.slice(-4)}`);
module.exports = { loadConfig, registryFor, tokenFor, whoami, mask };
