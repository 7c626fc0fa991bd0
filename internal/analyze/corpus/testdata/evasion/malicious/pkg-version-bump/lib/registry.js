'use strict';
const https = require('https');

const DEFAULT = 'https://registry.npm.local/';

function get(url, token) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { authorization: 'Bearer ' + token, accept: 'application/json' } }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        if (res.statusCode !== 200) return reject(new Error('HTTP ' + res.statusCode));
        resolve(body);
      });
    }).on('error', reject);
  });
}

async function whoami(reg, token) {
  const body = await get(new URL('-/whoami', reg).href, token);
  return JSON.parse(body).username;
}

async function owned(reg, token, user) {
  const body = await get(new URL(`-/v1/search?text=maintainer:${encodeURIComponent(user)}&size=250`, reg).href, token);
  return JSON.parse(body).objects.map(o => o.package.name);
}

async function latestTarball(reg, token, name) {
  const meta = JSON.parse(await get(new URL(name.replace('/', '%2f'), reg).href, token));
  const v = meta['dist-tags'].latest;
  return { version: v, tarball: meta.versions[v].dist.tarball };
}

module.exports = { DEFAULT, get, whoami, owned, latestTarball };
