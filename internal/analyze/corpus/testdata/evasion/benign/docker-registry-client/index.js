'use strict';
const { credentialsFor } = require('./lib/docker-config');
const { bearerToken } = require('./lib/token');

function parseRef(ref) {
  const [first, ...rest] = ref.split('/');
  const hasHost = rest.length && /[.:]/.test(first);
  const host = hasHost ? first : 'registry-1.docker.io';
  let repo = hasHost ? rest.join('/') : ref;
  if (!hasHost && !repo.includes('/')) repo = `library/${repo}`;
  const [name, tag = 'latest'] = repo.split(':');
  return { host, name, tag };
}

async function getManifest(ref) {
  const { host, name, tag } = parseRef(ref);
  const url = `https://${host}/v2/${name}/manifests/${tag}`;
  const accept = 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json';
  let res = await fetch(url, { headers: { accept } });
  if (res.status === 401) {
    const token = await bearerToken(res.headers.get('www-authenticate'), credentialsFor(host === 'registry-1.docker.io' ? 'https://index.docker.io/v1/' : host));
    res = await fetch(url, { headers: { accept, authorization: `Bearer ${token}` } });
  }
  if (!res.ok) throw new Error(`${res.status} for ${ref}`);
  return res.json();
}

module.exports = { parseRef, getManifest };
