'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const YAML = require('yaml');
const { execCredential } = require('./exec-auth');

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

function b64(data) {
  return data ? Buffer.from(data, 'base64') : undefined;
}

function readMaybe(file, base) {
  return file ? fs.readFileSync(path.resolve(base, file)) : undefined;
}

class KubeConfig {
  loadFromDefault() {
    if (process.env.KUBECONFIG) {
      const files = process.env.KUBECONFIG.split(path.delimiter).filter(Boolean);
      return this.loadFromFile(files[0]);
    }
    const home = path.join(os.homedir(), '.kube', 'config');
    if (fs.existsSync(home)) return this.loadFromFile(home);
    if (process.env.KUBERNETES_SERVICE_HOST) return this.loadFromCluster();
    throw new Error('No kubeconfig found (KUBECONFIG, ~/.kube/config or in-cluster)');
  }

  loadFromFile(file) {
    this.baseDir = path.dirname(file);
    const cfg = YAML.parse(fs.readFileSync(file, 'utf8'));
    this.clusters = cfg.clusters || [];
    this.users = cfg.users || [];
    this.contexts = cfg.contexts || [];
    this.currentContext = cfg['current-context'];
    return this;
  }

  // Pods use the mounted service account token, as all official clients do.
  loadFromCluster() {
    this.baseDir = SA_DIR;
    this.clusters = [{ name: 'in-cluster', cluster: { server: `https://${process.env.KUBERNETES_SERVICE_HOST}:${process.env.KUBERNETES_SERVICE_PORT}`, 'certificate-authority': path.join(SA_DIR, 'ca.crt') } }];
    this.users = [{ name: 'in-cluster', user: { tokenFile: path.join(SA_DIR, 'token') } }];
    this.contexts = [{ name: 'in-cluster', context: { cluster: 'in-cluster', user: 'in-cluster' } }];
    this.currentContext = 'in-cluster';
    return this;
  }

  current() {
    const ctx = this.contexts.find((c) => c.name === this.currentContext);
    if (!ctx) throw new Error(`context "${this.currentContext}" not found`);
    const cluster = this.clusters.find((c) => c.name === ctx.context.cluster).cluster;
    const user = (this.users.find((u) => u.name === ctx.context.user) || { user: {} }).user;
    return { cluster, user, namespace: ctx.context.namespace || 'default' };
  }

  requestOptions() {
    const { cluster, user } = this.current();
    const opts = {
      ca: b64(cluster['certificate-authority-data']) || readMaybe(cluster['certificate-authority'], this.baseDir),
      rejectUnauthorized: !cluster['insecure-skip-tls-verify'],
      cert: b64(user['client-certificate-data']) || readMaybe(user['client-certificate'], this.baseDir),
      key: b64(user['client-key-data']) || readMaybe(user['client-key'], this.baseDir),
      headers: {}
    };
    let token = user.token || (user.tokenFile && fs.readFileSync(user.tokenFile, 'utf8').trim());
    if (user.exec) {
      const status = execCredential(user);
      token = status.token || token;
      if (status.clientCertificateData) opts.cert = status.clientCertificateData;
      if (status.clientKeyData) opts.key = status.clientKeyData;
    }
    if (token) opts.headers.authorization = `Bearer ${token}`;
    else if (user.username) opts.headers.authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
    return { server: cluster.server, ...opts };
  }

  // Minimal GET helper against the configured API server.
  get(apiPath) {
    const { server, ...opts } = this.requestOptions();
    return new Promise((resolve, reject) => {
      https.get(new URL(apiPath, server), opts, (res) => {
        let d = '';
        res.on('data', (c) => (d += c));
        res.on('end', () => (res.statusCode < 300 ? resolve(JSON.parse(d)) : reject(new Error(`${res.statusCode}: ${d}`))));
      }).on('error', reject);
    });
  }
}

module.exports = { KubeConfig };
