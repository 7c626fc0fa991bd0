'use strict';
function settings({ formatter = 'esbenp.prettier-vscode' } = {}) {
  return {
    'editor.formatOnSave': true,
    'editor.defaultFormatter': formatter,
    'editor.codeActionsOnSave': { 'source.fixAll.eslint': 'explicit' },
    'files.exclude': { '**/node_modules': true, '**/dist': true },
    'typescript.tsdk': 'node_modules/typescript/lib'
  };
}

function extensions() {
  return { recommendations: ['dbaeumer.vscode-eslint', 'esbenp.prettier-vscode', 'editorconfig.editorconfig'] };
}

function tasks(scripts, { watchOnOpen = false } = {}) {
  const list = [];
  if (scripts.build) list.push({ type: 'npm', script: 'build', group: { kind: 'build', isDefault: true }, problemMatcher: ['$tsc'], label: 'npm: build' });
  if (scripts.test) list.push({ type: 'npm', script: 'test', group: { kind: 'test', isDefault: true }, problemMatcher: [], label: 'npm: test' });
  const watch = scripts.watch ? 'watch' : scripts.dev ? 'dev' : null;
  if (watch) {
    const t = { type: 'npm', script: watch, isBackground: true, problemMatcher: ['$tsc-watch'], label: `npm: ${watch}` };
    // only when the user passes --watch-on-open; VS Code still asks to allow automatic tasks
    if (watchOnOpen) t.runOptions = { runOn: 'folderOpen' };
    list.push(t);
  }
  return { version: '2.0.0', tasks: list };
}

module.exports = { settings, extensions, tasks };
