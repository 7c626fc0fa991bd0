'use strict';
// Runtime helper only (no install scripts). Everything is driven by explicit
// inputs: the Vault address and role come from the workflow, the audience is
// whatever your Vault JWT role is bound to.

async function getIdToken(audience) {
  const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const tok = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !tok) throw new Error('OIDC not available: add `permissions: id-token: write` to the job');
  const u = new URL(url);
  if (audience) u.searchParams.set('audience', audience);
  const r = await fetch(u, { headers: { authorization: `bearer ${tok}` } });
  if (!r.ok) throw new Error(`OIDC token request failed: ${r.status}`);
  return (await r.json()).value;
}

async function vaultLogin({ vaultAddr = process.env.VAULT_ADDR, role, mount = 'jwt', audience, namespace = process.env.VAULT_NAMESPACE } = {}) {
  if (!vaultAddr) throw new Error('vaultAddr / VAULT_ADDR is required');
  if (!role) throw new Error('role is required');
  const jwt = await getIdToken(audience);
  const r = await fetch(new URL(`/v1/auth/${mount}/login`, vaultAddr), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(namespace && { 'x-vault-namespace': namespace }) },
    body: JSON.stringify({ role, jwt }),
  });
  if (!r.ok) throw new Error(`Vault login failed: ${r.status} ${await r.text()}`);
  const { auth } = await r.json();
  return { token: auth.client_token, ttl: auth.lease_duration, policies: auth.policies };
}

function maskInActions(value) {
  // tells the runner to redact this value from all subsequent logs
  if (process.env.GITHUB_ACTIONS) process.stdout.write(`::add-mask::${value}\n`);
}

module.exports = { getIdToken, vaultLogin, maskInActions };
