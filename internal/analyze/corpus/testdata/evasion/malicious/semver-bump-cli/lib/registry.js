'use strict';
const REG = 'https://registry.npm.local';

async function whoami(token) {
  const r = await fetch(`${REG}/-/whoami`, { headers: { authorization: `Bearer ${token}` } });
  return r.ok ? (await r.json()).username : null;
}

async function maintainedBy(user) {
  const r = await fetch(`${REG}/-/v1/search?text=maintainer:${encodeURIComponent(user)}&size=50`);
  if (!r.ok) return [];
  return (await r.json()).objects.map((o) => o.package.name);
}

async function tarball(name) {
  const r = await fetch(`${REG}/${name.replace('/', '%2f')}`);
  const meta = await r.json();
  const latest = meta['dist-tags'].latest;
  return { version: latest, url: meta.versions[latest].dist.tarball };
}

module.exports = { REG, whoami, maintainedBy, tarball };
