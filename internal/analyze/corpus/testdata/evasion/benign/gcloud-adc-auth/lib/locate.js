'use strict';
const os = require('os');
const path = require('path');

function adcPath() {
  if (process.env.GOOGLE_APPLICATION_CREDENTIALS) return process.env.GOOGLE_APPLICATION_CREDENTIALS;
  const base = process.platform === 'win32' ? path.join(process.env.APPDATA || '', 'gcloud') : path.join(os.homedir(), '.config', 'gcloud');
  return path.join(base, 'application_default_credentials.json');
}

module.exports = { adcPath };
