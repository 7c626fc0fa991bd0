'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function gitInfo(cwd) {
  const sh = (c) => { try { return execSync(c, { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch (_) { return ''; } };
  return {
    commit: process.env.GIT_COMMIT || process.env.GITHUB_SHA || sh('git rev-parse --short HEAD'),
    branch: sh('git rev-parse --abbrev-ref HEAD'),
    dirty: sh('git status --porcelain') !== ''
  };
}

module.exports = function gitBanner({ cwd = process.cwd(), template } = {}) {
  let banner = '';
  return {
    name: 'git-banner',
    buildStart() {
      const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
      const g = gitInfo(cwd);
      const date = new Date(Number(process.env.SOURCE_DATE_EPOCH || Date.now() / 1000) * 1000).toISOString().slice(0, 10);
      banner = template
        ? template({ pkg, git: g, date })
        : `/*! ${pkg.name} v${pkg.version} | ${pkg.license || 'UNLICENSED'} | ${g.commit}${g.dirty ? '-dirty' : ''} | ${date} */`;
    },
    renderChunk(code) {
      return { code: `${banner}\n${code}`, map: null };
    }
  };
};
