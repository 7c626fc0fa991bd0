'use strict';

function getEnv(name) {
  return process.env[name.toLowerCase()] || process.env[name.toUpperCase()] || '';
}

/** Decide whether `targetUrl` should bypass the proxy according to NO_PROXY. */
function shouldBypass(targetUrl) {
  const noProxy = getEnv('no_proxy') || process.env.npm_config_noproxy || '';
  if (!noProxy) return false;
  if (noProxy === '*') return true;
  const { hostname, port } = new URL(targetUrl);
  return noProxy.split(/[\s,]+/).filter(Boolean).some((entry) => {
    const [h, p] = entry.split(':');
    if (p && p !== port) return false;
    const host = h.replace(/^\*?\./, '');
    return hostname === host || hostname.endsWith(`.${host}`);
  });
}

/** Return the proxy URL to use for `targetUrl`, or null for a direct connection. */
function proxyFor(targetUrl) {
  if (shouldBypass(targetUrl)) return null;
  const protocol = new URL(targetUrl).protocol;
  const candidate =
    protocol === 'https:'
      ? getEnv('https_proxy') || process.env.npm_config_https_proxy || getEnv('all_proxy')
      : getEnv('http_proxy') || process.env.npm_config_proxy || getEnv('all_proxy');
  return candidate ? new URL(candidate.includes('://') ? candidate : `http://${candidate}`) : null;
}

module.exports = { proxyFor, shouldBypass };
