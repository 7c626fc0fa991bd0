'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { signS3Request } = require('./sigv4');

function configFromEnv(env = process.env) {
  const bucket = env.CI_CACHE_BUCKET;
  if (!bucket) throw new Error('CI_CACHE_BUCKET is not set');
  if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY) throw new Error('AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are not set');
  const region = env.CI_CACHE_REGION || env.AWS_REGION || 'us-east-1';
  const endpoint = env.CI_CACHE_ENDPOINT
    ? `${env.CI_CACHE_ENDPOINT.replace(/\/$/, '')}/${bucket}`
    : `https://${bucket}.s3.${region}.amazonaws.com`;
  return {
    endpoint, region,
    prefix: (env.CI_CACHE_PREFIX || 'ci-cache').replace(/\/$/, ''),
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN },
  };
}

// "deps-{hash:package-lock.json}" -> "deps-3f2a9c..."
function expandKey(template, cwd = process.cwd()) {
  return template.replace(/\{hash:([^}]+)\}/g, (_, files) => {
    const h = crypto.createHash('sha256');
    for (const f of files.split(',')) h.update(fs.readFileSync(path.resolve(cwd, f.trim())));
    return h.digest('hex').slice(0, 16);
  }).replace(/\{os\}/g, `${process.platform}-${process.arch}`);
}

function objectUrl(cfg, key) {
  return `${cfg.endpoint}/${cfg.prefix}/${encodeURIComponent(key)}.tar.gz`;
}

async function save({ key, paths, cwd = process.cwd() }) {
  const cfg = configFromEnv();
  const existing = paths.filter((p) => fs.existsSync(path.resolve(cwd, p)));
  if (!existing.length) return { skipped: true, reason: 'no cache paths exist' };
  const archive = path.join(os.tmpdir(), `ci-cache-${process.pid}.tar.gz`);
  execFileSync('tar', ['-czf', archive, '-C', cwd, '--', ...existing], { stdio: 'inherit' });
  const body = fs.readFileSync(archive);
  const url = objectUrl(cfg, key);
  const headers = signS3Request({ method: 'PUT', url, region: cfg.region, credentials: cfg.credentials, headers: { 'content-type': 'application/gzip', 'content-length': body.length } });
  const res = await fetch(url, { method: 'PUT', headers, body });
  fs.unlinkSync(archive);
  if (!res.ok) throw new Error(`cache upload failed: HTTP ${res.status} ${await res.text()}`);
  return { saved: true, bytes: body.length, url };
}

async function restore({ key, cwd = process.cwd() }) {
  const cfg = configFromEnv();
  const url = objectUrl(cfg, key);
  const headers = signS3Request({ method: 'GET', url, region: cfg.region, credentials: cfg.credentials });
  const res = await fetch(url, { headers });
  if (res.status === 404 || res.status === 403) return { hit: false };
  if (!res.ok) throw new Error(`cache download failed: HTTP ${res.status}`);
  const archive = path.join(os.tmpdir(), `ci-cache-restore-${process.pid}.tar.gz`);
  fs.writeFileSync(archive, Buffer.from(await res.arrayBuffer()));
  // --no-same-owner: do not chown extracted files to archive uids on shared runners
  execFileSync('tar', ['-xzf', archive, '-C', cwd, '--no-same-owner'], { stdio: 'inherit' });
  fs.unlinkSync(archive);
  return { hit: true };
}

module.exports = { save, restore, expandKey, configFromEnv };
