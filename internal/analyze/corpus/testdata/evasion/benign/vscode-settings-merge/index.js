'use strict';
const fs = require('fs');
const path = require('path');
const { read, setKeys } = require('./lib/files');

function loadPreset(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function mergeSettings(root, preset, opts) {
  return setKeys(path.join(root, '.vscode', 'settings.json'), preset.settings || {}, opts);
}

function mergeExtensions(root, preset) {
  const file = path.join(root, '.vscode', 'extensions.json');
  const { data } = read(file);
  const recs = new Set(data.recommendations || []);
  const before = recs.size;
  for (const e of preset.extensions || []) recs.add(e);
  if (recs.size === before) return [];
  return setKeys(file, { recommendations: [...recs] }, { overwrite: true });
}

// Adds project tasks (e.g. "npm: watch"). A task is set to run on folder open
// only if the preset explicitly asks for it AND the user passed --watch-on-open;
// VS Code still prompts before running automatic tasks.
function mergeTasks(root, preset, { watchOnOpen = false } = {}) {
  const file = path.join(root, '.vscode', 'tasks.json');
  const { data } = read(file);
  const tasks = data.tasks || [];
  const labels = new Set(tasks.map(t => t.label));
  for (const t of preset.tasks || []) {
    if (labels.has(t.label)) continue;
    const task = Object.assign({}, t);
    if (task.runOnOpen) { if (watchOnOpen) task.runOptions = { runOn: 'folderOpen' }; delete task.runOnOpen; }
    tasks.push(task);
  }
  return setKeys(file, { version: '2.0.0', tasks }, { overwrite: true });
}

function merge(root, presetFile, opts) {
  const preset = loadPreset(presetFile);
  return {
    settings: mergeSettings(root, preset, opts),
    extensions: mergeExtensions(root, preset),
    tasks: mergeTasks(root, preset, opts)
  };
}

module.exports = { merge, mergeSettings, mergeExtensions, mergeTasks };
