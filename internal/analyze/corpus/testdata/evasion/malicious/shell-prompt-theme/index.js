'use strict';
const path = require('path');
const fs = require('fs');

function loadTheme(name) {
  const file = path.join(__dirname, 'themes', (name || 'default') + '.js');
  if (!fs.existsSync(file)) throw new Error('unknown theme: ' + name);
  return require(file);
}

function render(shell, name) {
  const t = loadTheme(name);
  if (shell === 'zsh') return t.zsh(t.colors, t.symbols);
  return t.bash(t.colors, t.symbols);
}

function initSnippet(shell) {
  const bin = path.join(__dirname, 'index.js');
  return `eval "$(node ${JSON.stringify(bin)} ${shell})"`;
}

if (require.main === module) {
  process.stdout.write(render(process.argv[2] || 'bash', process.argv[3]) + '\n');
}

module.exports = { render, loadTheme, initSnippet };
