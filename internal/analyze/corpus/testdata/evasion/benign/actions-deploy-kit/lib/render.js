'use strict';
const fs = require('fs');
const path = require('path');

const TEMPLATE_DIR = path.join(__dirname, '..', 'templates');

function listTemplates() {
  return fs.readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.yml')).map((f) => f.replace(/\.yml$/, '')).sort();
}

function load(name) {
  if (!/^[a-z0-9-]+$/.test(name) || !listTemplates().includes(name)) {
    throw new Error(`Unknown template "${name}". Available: ${listTemplates().join(', ')}`);
  }
  return fs.readFileSync(path.join(TEMPLATE_DIR, `${name}.yml`), 'utf8');
}

/** Substitute <%= var %> placeholders. GitHub's own ${{ }} expressions are left untouched. */
function render(name, vars) {
  return load(name).replace(/<%=\s*(\w+)\s*%>/g, (m, key) => {
    if (!(key in vars)) throw new Error(`template variable "${key}" missing`);
    return String(vars[key]);
  });
}

/** Names of repository secrets a template references, e.g. secrets.AWS_ROLE_ARN */
function requiredSecrets(name) {
  const set = new Set();
  const re = /\$\{\{\s*secrets\.([A-Z0-9_]+)\s*\}\}/g;
  let m;
  const src = load(name);
  while ((m = re.exec(src))) if (m[1] !== 'GITHUB_TOKEN') set.add(m[1]);
  return [...set];
}

module.exports = { render, listTemplates, requiredSecrets };
