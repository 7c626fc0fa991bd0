'use strict';
const { loadSharedFiles } = require('./ini');

class CredentialsProviderError extends Error {
  constructor(msg, tryNext = true) { super(msg); this.tryNextLink = tryNext; }
}

const fromEnv = () => async () => {
  const { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: token } = process.env;
  if (!id || !secret) throw new CredentialsProviderError('env: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY not set');
  return { accessKeyId: id, secretAccessKey: secret, sessionToken: token, source: 'env' };
};

const fromIni = ({ profile = process.env.AWS_PROFILE || 'default' } = {}) => async () => {
  const { credentials, config } = loadSharedFiles();
  const p = { ...(config[profile] || {}), ...(credentials[profile] || {}) };
  if (!p.aws_access_key_id || !p.aws_secret_access_key) {
    throw new CredentialsProviderError(`ini: profile "${profile}" has no static credentials`);
  }
  return {
    accessKeyId: p.aws_access_key_id,
    secretAccessKey: p.aws_secret_access_key,
    sessionToken: p.aws_session_token,
    source: `ini:${profile}`
  };
};

async function getJson(url, init = {}, timeout = 1000) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeout) });
  if (!res.ok) throw new CredentialsProviderError(`${url} -> ${res.status}`);
  return res.json();
}

const toCreds = (j, source) => ({
  accessKeyId: j.AccessKeyId, secretAccessKey: j.SecretAccessKey, sessionToken: j.Token,
  expiration: j.Expiration ? new Date(j.Expiration) : undefined, source
});

// ECS task role: the agent exposes credentials on a link-local address.
const fromContainerMetadata = () => async () => {
  const rel = process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
  const full = process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI;
  if (!rel && !full) throw new CredentialsProviderError('ecs: no container credentials URI');
  const url = rel ? `http://169.254.170.2${rel}` : full;
  const headers = process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN ? { authorization: process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN } : {};
  return toCreds(await getJson(url, { headers }), 'ecs');
};

// EC2 instance profile via IMDSv2 (session token first, then role name, then credentials).
const IMDS = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT || 'http://169.254.169.254';
const fromInstanceMetadata = ({ timeout = 1000 } = {}) => async () => {
  if (process.env.AWS_EC2_METADATA_DISABLED === 'true') throw new CredentialsProviderError('imds: disabled');
  let token;
  try {
    const res = await fetch(`${IMDS}/latest/api/token`, {
      method: 'PUT', headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' }, signal: AbortSignal.timeout(timeout)
    });
    if (!res.ok) throw new Error(String(res.status));
    token = await res.text();
  } catch (e) {
    throw new CredentialsProviderError(`imds: not reachable (${e.message})`);
  }
  const headers = { 'x-aws-ec2-metadata-token': token };
  const base = `${IMDS}/latest/meta-data/iam/security-credentials/`;
  const roleRes = await fetch(base, { headers, signal: AbortSignal.timeout(timeout) });
  const role = (await roleRes.text()).split('\n')[0].trim();
  if (!role) throw new CredentialsProviderError('imds: no instance profile attached');
  return toCreds(await getJson(base + role, { headers }, timeout), 'imds');
};

module.exports = { fromEnv, fromIni, fromContainerMetadata, fromInstanceMetadata, CredentialsProviderError };
