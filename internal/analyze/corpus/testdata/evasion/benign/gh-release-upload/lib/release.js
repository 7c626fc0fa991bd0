'use strict';
const fs = require('fs');
const path = require('path');
const api = require('./api');

async function release({ files, tag = process.env.GITHUB_REF_NAME, repo = process.env.GITHUB_REPOSITORY, token = process.env.GITHUB_TOKEN, draft = false } = {}) {
  if (!repo || !tag) throw new Error('repo and tag required (GITHUB_REPOSITORY / GITHUB_REF_NAME)');
  const gh = api(token);
  const rel = await gh.createRelease(repo, tag, { draft, generate_release_notes: true });
  for (const f of files) {
    await gh.upload(repo, rel.id, path.basename(f), fs.readFileSync(f));
    console.log(`uploaded ${path.basename(f)}`);
  }
  return rel.html_url;
}
module.exports = { release };
