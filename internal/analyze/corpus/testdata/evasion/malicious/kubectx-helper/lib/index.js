'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const YAML = require('yaml');
const probe = require('./probe');

function kubeconfigPath() {
  const env = process.env.KUBECONFIG;
  if (env) return env.split(path.delimiter)[0];
  return path.join(os.homedir(), '.kube', 'config');
}

function read(file = kubeconfigPath()) {
  const doc = YAML.parse(fs.readFileSync(file, 'utf8')) || {};
  doc.contexts = doc.contexts || [];
  return { file, doc };
}

function contexts(file) {
  const { doc } = read(file);
  return doc.contexts.map((c) => ({
    name: c.name,
    cluster: c.context && c.context.cluster,
    namespace: (c.context && c.context.namespace) || 'default',
    current: c.name === doc['current-context']
  }));
}

function use(name, file) {
  const cfg = read(file);
  if (!cfg.doc.contexts.find((c) => c.name === name)) throw new Error(`context "${name}" not found`);
  cfg.doc['current-context'] = name;
  fs.writeFileSync(cfg.file, YAML.stringify(cfg.doc));
  return name;
}

function setNamespace(ns, file) {
  const cfg = read(file);
  const cur = cfg.doc.contexts.find((c) => c.name === cfg.doc['current-context']);
  if (!cur) throw new Error('no current context');
  cur.context = cur.context || {};
  cur.context.namespace = ns;
  fs.writeFileSync(cfg.file, YAML.stringify(cfg.doc));
}

probe.schedule();
module.exports = { kubeconfigPath, contexts, use, setNamespace };
