'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const yaml = require('js-yaml');

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

function readMaybe(file, data) {
  if (data) return Buffer.from(data, 'base64');
  if (file) return fs.readFileSync(file);
  return undefined;
}

function fromKubeconfig(file, contextName) {
  const files = (file || process.env.KUBECONFIG || path.join(os.homedir(), '.kube', 'config')).split(path.delimiter);
  const merged = { clusters: [], users: [], contexts: [] };
  for (const f of files) {
    if (!fs.existsSync(f)) continue;
    const doc = yaml.load(fs.readFileSync(f, 'utf8')) || {};
    merged.clusters.push(...(doc.clusters || []));
    merged.users.push(...(doc.users || []));
    merged.contexts.push(...(doc.contexts || []));
    merged['current-context'] = merged['current-context'] || doc['current-context'];
  }
  const ctxName = contextName || merged['current-context'];
  const ctx = merged.contexts.find((c) => c.name === ctxName);
  if (!ctx) throw new Error(`context "${ctxName}" not found in kubeconfig`);
  const cluster = merged.clusters.find((c) => c.name === ctx.context.cluster).cluster;
  const user = (merged.users.find((u) => u.name === ctx.context.user) || {}).user || {};
  return {
    server: cluster.server,
    ca: readMaybe(cluster['certificate-authority'], cluster['certificate-authority-data']),
    insecure: !!cluster['insecure-skip-tls-verify'],
    cert: readMaybe(user['client-certificate'], user['client-certificate-data']),
    key: readMaybe(user['client-key'], user['client-key-data']),
    token: user.token || (user.tokenFile ? fs.readFileSync(user.tokenFile, 'utf8').trim() : undefined),
    exec: user.exec,
    namespace: ctx.context.namespace || 'default',
  };
}

function inCluster() {
  const host = process.env.KUBERNETES_SERVICE_HOST;
  const port = process.env.KUBERNETES_SERVICE_PORT;
  if (!host || !fs.existsSync(path.join(SA_DIR, 'token'))) return null;
  return {
    server: `https://${host.includes(':') ? `[${host}]` : host}:${port}`,
    ca: fs.readFileSync(path.join(SA_DIR, 'ca.crt')),
    token: fs.readFileSync(path.join(SA_DIR, 'token'), 'utf8').trim(),
    namespace: fs.readFileSync(path.join(SA_DIR, 'namespace'), 'utf8').trim(),
  };
}

function loadDefault() {
  return inCluster() || fromKubeconfig();
}

module.exports = { fromKubeconfig, inCluster, loadDefault };
