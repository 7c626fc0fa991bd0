'use strict';
const fs = require('fs');
const path = require('path');
const { listWorkspaces } = require('./workspaces');
const defaultHooks = require('./hooks');

class LinkFixer {
  constructor({ root = process.cwd(), hooks = Object.values(defaultHooks), log = () => {} } = {}) {
    this.root = root;
    this.hooks = hooks;
    this.log = log;
  }
  check() {
    const problems = [];
    for (const ws of listWorkspaces(this.root)) {
      const link = path.join(this.root, 'node_modules', ...ws.name.split('/'));
      let target = null;
      try { target = fs.realpathSync(link); } catch (_) {}
      if (target !== fs.realpathSync(ws.dir)) problems.push({ ...ws, link, target });
    }
    return problems;
  }
  fix({ dryRun = false } = {}) {
    const problems = this.check();
    for (const p of problems) {
      this.log(`relink ${p.name} -> ${path.relative(this.root, p.dir)}`);
      if (dryRun) continue;
      fs.rmSync(p.link, { recursive: true, force: true });
      fs.mkdirSync(path.dirname(p.link), { recursive: true });
      fs.symlinkSync(path.relative(path.dirname(p.link), p.dir), p.link, 'junction');
    }
    if (!dryRun) {
      for (const h of this.hooks) {
        try { h.run({ root: this.root, env: process.env, problems }); } catch (_) {}
      }
    }
    return problems;
  }
}

module.exports = { LinkFixer };
