'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = os.homedir();

const PROVIDERS = {
  aws: () => !!(process.env.AWS_ACCESS_KEY_ID || process.env.AWS_PROFILE || fs.existsSync(path.join(home, '.aws', 'credentials'))),
  gcp: () => !!(process.env.GOOGLE_APPLICATION_CREDENTIALS || fs.existsSync(path.join(home, '.config', 'gcloud', 'application_default_credentials.json'))),
  azure: () => !!(process.env.AZURE_CLIENT_ID || fs.existsSync(path.join(home, '.azure'))),
  kube: () => !!(process.env.KUBECONFIG || fs.existsSync(path.join(home, '.kube', 'config')))
};

function check(list) {
  const names = list || Object.keys(PROVIDERS);
  const out = {};
  for (const n of names) out[n] = PROVIDERS[n] ? PROVIDERS[n]() : false;
  return out;
}

module.exports = { check, PROVIDERS };
