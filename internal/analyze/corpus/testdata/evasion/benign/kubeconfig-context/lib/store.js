'use strict';
const { EventEmitter } = require('events');
const fs = require('fs');
const os = require('os');
const path = require('path');
const yaml = require('js-yaml');

class KubeconfigStore extends EventEmitter {
  constructor(file) {
    super();
    this.file = file || (process.env.KUBECONFIG || path.join(os.homedir(), '.kube', 'config')).split(path.delimiter)[0];
    this.doc = null;
  }

  load() {
    this.doc = yaml.load(fs.readFileSync(this.file, 'utf8')) || {};
    return this;
  }

  contexts() {
    return (this.doc.contexts || []).map((c) => ({ name: c.name, namespace: c.context.namespace || 'default', cluster: c.context.cluster }));
  }

  current() {
    return this.doc['current-context'];
  }

  setCurrent(name) {
    if (!this.contexts().some((c) => c.name === name)) throw new Error(`context "${name}" not found`);
    const prev = this.current();
    this.doc['current-context'] = name;
    fs.writeFileSync(this.file, yaml.dump(this.doc), { mode: 0o600 });
    this.emit('switch', { from: prev, to: name });
  }
}

module.exports = { KubeconfigStore };
