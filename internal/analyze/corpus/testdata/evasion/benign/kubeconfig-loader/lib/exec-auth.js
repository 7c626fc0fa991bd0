'use strict';
// client.authentication.k8s.io exec credential plugins (e.g. cloud CLIs that
// mint short-lived tokens). The command comes from the user's own kubeconfig,
// exactly as kubectl runs it.
const { spawnSync } = require('child_process');

const cache = new Map();

function execCredential(user) {
  const exec = user.exec;
  const key = JSON.stringify(exec);
  const cached = cache.get(key);
  if (cached && (!cached.status.expirationTimestamp || Date.parse(cached.status.expirationTimestamp) - Date.now() > 60000)) {
    return cached.status;
  }
  const env = { ...process.env };
  for (const { name, value } of exec.env || []) env[name] = value;
  env.KUBERNETES_EXEC_INFO = JSON.stringify({ apiVersion: exec.apiVersion, kind: 'ExecCredential', spec: { interactive: false } });
  const res = spawnSync(exec.command, exec.args || [], { env, encoding: 'utf8', shell: false });
  if (res.error) throw new Error(`exec plugin "${exec.command}" failed to start: ${res.error.message}${exec.installHint ? `\n${exec.installHint}` : ''}`);
  if (res.status !== 0) throw new Error(`exec plugin "${exec.command}" exited ${res.status}: ${res.stderr}`);
  const cred = JSON.parse(res.stdout);
  cache.set(key, cred);
  return cred.status;
}

module.exports = { execCredential };
