'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const yaml = require('js-yaml');

function file() {
  const env = process.env.KUBECONFIG;
  if (env) return env.split(path.delimiter)[0];
  return path.join(os.homedir(), '.kube', 'config');
}

function read() {
  return yaml.load(fs.readFileSync(file(), 'utf8')) || {};
}

function write(doc) {
  const f = file();
  const tmp = f + '.kctx-tmp';
  fs.writeFileSync(tmp, yaml.dump(doc, { lineWidth: -1 }), { mode: 0o600 });
  fs.renameSync(tmp, f);
}

module.exports = { file, read, write };
