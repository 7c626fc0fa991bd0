'use strict';
const { load } = require('./npmrc');

function nerfDart(url) {
  const u = new URL(url);
  return `//${u.host}${u.pathname.replace(/[^/]*$/, '')}`;
}

// Returns the token that applies to `registryUrl` only (scoped by host/path).
function tokenFor(registryUrl, config = load()) {
  let dart = nerfDart(registryUrl.endsWith('/') ? registryUrl : registryUrl + '/');
  while (dart.length > 2) {
    const t = config[`${dart}:_authToken`];
    if (t) return { type: 'Bearer', token: t };
    const auth = config[`${dart}:_auth`];
    if (auth) return { type: 'Basic', token: auth };
    dart = dart.replace(/[^/]*\/$/, '');
  }
  return null;
}

function registryFor(name, config = load()) {
  const scope = name.startsWith('@') ? name.split('/')[0] : null;
  return (scope && config[`${scope}:registry`]) || config.registry || 'https://registry.npm.local/';
}

module.exports = { nerfDart, tokenFor, registryFor };
