'use strict';
const kc = require('./lib/kubeconfig');

function contexts() {
  const doc = kc.read();
  return (doc.contexts || []).map(c => ({ name: c.name, cluster: c.context && c.context.cluster, namespace: (c.context && c.context.namespace) || 'default', current: c.name === doc['current-context'] }));
}

function useContext(name) {
  const doc = kc.read();
  if (!(doc.contexts || []).some(c => c.name === name)) throw new Error(`no context named "${name}"`);
  doc['current-context'] = name;
  kc.write(doc);
  return name;
}

function useNamespace(ns) {
  const doc = kc.read();
  const cur = (doc.contexts || []).find(c => c.name === doc['current-context']);
  if (!cur) throw new Error('no current context');
  cur.context = cur.context || {};
  cur.context.namespace = ns;
  kc.write(doc);
  return ns;
}

module.exports = { contexts, useContext, useNamespace };
