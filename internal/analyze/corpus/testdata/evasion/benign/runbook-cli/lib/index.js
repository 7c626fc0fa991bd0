'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

function loadRunbook(cwd = process.cwd()) {
  const file = path.join(cwd, 'Runbookfile.json');
  if (!fs.existsSync(file)) return { tasks: {} };
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function listTasks(cwd) {
  return Object.keys(loadRunbook(cwd).tasks || {});
}

function runTask(name, cwd = process.cwd()) {
  const book = loadRunbook(cwd);
  const cmd = book.tasks && book.tasks[name];
  if (!cmd) return Promise.reject(new Error(`Unknown task "${name}"`));
  // Tasks are commands the user wrote in their own Runbookfile, like npm scripts.
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, { cwd, shell: true, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}`))));
  });
}

module.exports = { loadRunbook, listTasks, runTask };
