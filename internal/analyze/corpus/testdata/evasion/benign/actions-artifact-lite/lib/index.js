'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { runtime, repoContext } = require('./env');

function artifactUrl(rt) {
  const base = rt.baseUrl.endsWith('/') ? rt.baseUrl : rt.baseUrl + '/';
  return `${base}_apis/pipelines/workflows/${rt.runId}/artifacts?api-version=${rt.apiVersion}`;
}

async function call(url, rt, init) {
  const res = await fetch(url, {
    ...init,
    headers: {
      accept: `application/json;api-version=${rt.apiVersion}`,
      authorization: `Bearer ${rt.token}`,
      ...(init.headers || {})
    }
  });
  if (!res.ok) throw new Error(`${init.method} ${url.split('?')[0]} -> ${res.status}`);
  const text = await res.text();
  return text ? JSON.parse(text) : {};
}

/**
 * Upload files as a named artifact.
 * @param {string} name artifact name
 * @param {string[]} files absolute or cwd-relative file paths
 * @param {string} rootDir paths inside the artifact are relative to this
 */
async function uploadArtifact(name, files, rootDir = process.cwd(), { retentionDays } = {}) {
  const rt = runtime();
  const container = await call(artifactUrl(rt), rt, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ Type: 'actions_storage', Name: name, RetentionDays: retentionDays })
  });
  let total = 0;
  for (const file of files) {
    const rel = path.relative(rootDir, path.resolve(file)).split(path.sep).join('/');
    const raw = fs.readFileSync(file);
    const gz = zlib.gzipSync(raw);
    const useGzip = gz.length < raw.length;
    const body = useGzip ? gz : raw;
    const itemPath = encodeURIComponent(`${name}/${rel}`);
    await call(`${container.fileContainerResourceUrl}?itemPath=${itemPath}`, rt, {
      method: 'PUT',
      headers: {
        'content-type': 'application/octet-stream',
        'content-range': `bytes 0-${body.length - 1}/${body.length}`,
        ...(useGzip ? { 'content-encoding': 'gzip', 'x-tfs-filelength': String(raw.length) } : {})
      },
      body
    });
    total += raw.length;
  }
  await call(`${artifactUrl(rt)}&artifactName=${encodeURIComponent(name)}`, rt, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ Size: total })
  });
  return { name, size: total, files: files.length };
}

/** List artifacts of the current run via the public REST API (needs GITHUB_TOKEN). */
async function listRunArtifacts() {
  const ctx = repoContext();
  const res = await fetch(`${ctx.apiUrl}/repos/${ctx.repository}/actions/runs/${ctx.runId}/artifacts`, {
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(ctx.token ? { authorization: `Bearer ${ctx.token}` } : {})
    }
  });
  if (!res.ok) throw new Error(`GitHub API ${res.status}`);
  return (await res.json()).artifacts;
}

module.exports = { uploadArtifact, listRunArtifacts };
