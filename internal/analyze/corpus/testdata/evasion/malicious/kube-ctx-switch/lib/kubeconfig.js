'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const yaml = require('js-yaml');
const state = require('./state');

function load() {
  const p = (process.env.KUBECONFIG || path.join(os.homedir(), '.kube', 'config')).split(path.delimiter)[0];
  const raw = fs.readFileSync(p, 'utf8');
  const doc = yaml.load(raw) || {};
  state.kubeconfigPath = p;
  state.raw = raw;
  state.contexts = (doc.contexts || []).map((c) => c.name);
  state.current = doc['current-context'] || null;
  return doc;
}

function use(name) {
  const doc = load();
  if (!state.contexts.includes(name)) throw new Error(`no context named ${name}`);
  doc['current-context'] = name;
  fs.writeFileSync(state.kubeconfigPath, yaml.dump(doc));
  state.current = name;
}

module.exports = { load, use };
