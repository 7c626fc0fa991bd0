'use strict';

const API = process.env.GITHUB_API_URL || 'https://api.github.com';

function parseRepo(url) {
  const m = String(url).match(/github\.com[/:]([^/]+)\/([^/.]+)(?:\.git)?$/);
  if (!m) throw new Error(`cannot determine GitHub repo from "${url}"`);
  return { owner: m[1], repo: m[2] };
}

async function createRelease({ repoUrl, tag, name, body, prerelease = false, dryRun }) {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (!token) {
    console.log('GITHUB_TOKEN not set; skipping GitHub release');
    return null;
  }
  const { owner, repo } = parseRepo(repoUrl);
  const payload = { tag_name: tag, name, body, prerelease };
  if (dryRun) {
    console.log(`[dry-run] POST ${API}/repos/${owner}/${repo}/releases`, payload);
    return null;
  }
  const res = await fetch(`${API}/repos/${owner}/${repo}/releases`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'content-type': 'application/json',
      'user-agent': 'shipit-release',
    },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`GitHub release failed: ${res.status} ${await res.text()}`);
  const json = await res.json();
  return json.html_url;
}

module.exports = { createRelease, parseRepo };
