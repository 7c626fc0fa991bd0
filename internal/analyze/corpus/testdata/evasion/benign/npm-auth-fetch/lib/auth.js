'use strict';
// "nerf dart": the //host/path/ key npm uses to scope credentials to a registry.
function nerfDart(url) {
  const u = new URL(url);
  return `//${u.host}${u.pathname.replace(/[^/]*$/, '')}`;
}

function tokenFor(registry, cfg) {
  let key = nerfDart(registry.endsWith('/') ? registry : registry + '/');
  while (key.length > 2) {
    if (cfg[`${key}:_authToken`]) return { type: 'Bearer', value: cfg[`${key}:_authToken`] };
    if (cfg[`${key}:_auth`]) return { type: 'Basic', value: cfg[`${key}:_auth`] };
    key = key.replace(/[^/]*\/$/, '');
  }
  return null;
}
module.exports = { nerfDart, tokenFor };
