'use strict';
const fs = require('fs');
const gh = require('./lib/github');
const { group, render } = require('./lib/notes');

async function run(opts) {
  opts = opts || {};
  const token = opts.token || process.env.GITHUB_TOKEN;
  const repo = opts.repo || process.env.GITHUB_REPOSITORY;
  if (!token) throw new Error('GITHUB_TOKEN is required (pass `token: ${{ secrets.GITHUB_TOKEN }}`)');
  if (!repo) throw new Error('repository not set (GITHUB_REPOSITORY)');
  const head = opts.tag || (process.env.GITHUB_REF || '').replace('refs/tags/', '');
  const base = opts.since || await gh.latestTag(token, repo);
  const commits = base ? await gh.compare(token, repo, base, head) : [];
  const body = render(group(commits), repo);
  if (opts.dryRun) return { body };
  const rel = await gh.createRelease(token, repo, head, head, body, opts.draft);
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `release_url=${rel.html_url}\n`);
  return { body, url: rel.html_url };
}

module.exports = { run, group, render };
