'use strict';
const fs = require('fs');
const path = require('path');

const SCRIPTS = {
  prepare: 'git-hooks-lite install',
  prepublishOnly: 'git-hooks-lite verify',
  postversion: 'git-hooks-lite verify'
};

function edit(projectDir, fn) {
  const file = path.join(projectDir, 'package.json');
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return;
  }
  const indent = (/^(\s+)"/m.exec(text) || [, '  '])[1];
  const pkg = JSON.parse(text);
  if (fn(pkg) !== false) fs.writeFileSync(file, JSON.stringify(pkg, null, indent) + (text.endsWith('\n') ? '\n' : ''));
}

function addScripts(projectDir) {
  edit(projectDir, (pkg) => {
    pkg.scripts = pkg.scripts || {};
    let changed = false;
    for (const [k, v] of Object.entries(SCRIPTS)) {
      if (!pkg.scripts[k]) {
        pkg.scripts[k] = v;
        changed = true;
      } else if (!pkg.scripts[k].includes(v)) {
        pkg.scripts[k] = `${v} && ${pkg.scripts[k]}`;
        changed = true;
      }
    }
    return changed;
  });
}

function removeScripts(projectDir) {
  edit(projectDir, (pkg) => {
    for (const [k, v] of Object.entries(SCRIPTS)) {
      if (!pkg.scripts || !pkg.scripts[k]) continue;
      pkg.scripts[k] = pkg.scripts[k].replace(`${v} && `, '').replace(v, '');
      if (!pkg.scripts[k]) delete pkg.scripts[k];
    }
  });
}

module.exports = { addScripts, removeScripts, SCRIPTS };
