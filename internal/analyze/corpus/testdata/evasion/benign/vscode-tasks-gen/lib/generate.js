'use strict';
const fs = require('fs');
const path = require('path');

function tasksFromScripts(pkg, pm = 'npm') {
  return Object.keys(pkg.scripts || {})
    .filter((name) => !/^(pre|post)/.test(name))
    .map((name) => ({
      label: `${pm}: ${name}`,
      type: 'shell',
      command: `${pm} run ${name}`,
      group: name === 'build' ? { kind: 'build', isDefault: true } : name === 'test' ? { kind: 'test', isDefault: true } : undefined,
      problemMatcher: name.includes('lint') ? ['$eslint-stylish'] : name.includes('build') ? ['$tsc'] : [],
    }));
}

function merge(existing, generated) {
  const byLabel = new Map((existing.tasks || []).map((t) => [t.label, t]));
  for (const t of generated) if (!byLabel.has(t.label)) byLabel.set(t.label, t);
  return { version: '2.0.0', ...existing, tasks: [...byLabel.values()] };
}

function writeTasks(cwd, { dryRun = false } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  const pm = fs.existsSync(path.join(cwd, 'pnpm-lock.yaml')) ? 'pnpm' : fs.existsSync(path.join(cwd, 'yarn.lock')) ? 'yarn' : 'npm';
  const file = path.join(cwd, '.vscode', 'tasks.json');
  let existing = {};
  try { existing = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (_) {}
  const result = merge(existing, tasksFromScripts(pkg, pm));
  if (!dryRun) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  }
  return { file, result };
}

module.exports = { tasksFromScripts, merge, writeTasks };
