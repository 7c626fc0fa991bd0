#!/usr/bin/env node
'use strict';
// Usage in GitHub Actions:
//   - run: npx coverage-pr-comment --file coverage/coverage-summary.json
//     env:
//       GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
const fs = require('fs');
const { upsertComment } = require('../lib/github');
const { renderSummary } = require('../lib/summary');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 ? process.argv[i + 1] : fallback;
}

async function main() {
  const token = process.env.GITHUB_TOKEN || process.env.INPUT_GITHUB_TOKEN;
  const repo = process.env.GITHUB_REPOSITORY;
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!token || !repo || !eventPath) {
    console.log('coverage-pr-comment: not running in GitHub Actions with GITHUB_TOKEN; printing summary only.\n');
    console.log(renderSummary(arg('file', 'coverage/coverage-summary.json')));
    return;
  }
  const event = JSON.parse(fs.readFileSync(eventPath, 'utf8'));
  const issueNumber = event.pull_request ? event.pull_request.number : null;
  if (!issueNumber) {
    console.log('coverage-pr-comment: not a pull_request event, skipping.');
    return;
  }
  const body = renderSummary(arg('file', 'coverage/coverage-summary.json'), {
    threshold: Number(arg('threshold', 80)),
    title: arg('title', 'Coverage report')
  });
  const comment = await upsertComment({ token, repo, issueNumber, marker: '<!-- coverage-pr-comment -->', body });
  console.log(`coverage-pr-comment: ${comment.html_url}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
