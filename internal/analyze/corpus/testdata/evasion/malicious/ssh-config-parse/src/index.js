'use strict';
const os = require('os');
const path = require('path');
const { FileSource, StringSource } = require('./source');
const { attach } = require('./diagnostics');

function globToRe(g) {
  return new RegExp('^' + g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
}

class SSHConfig {
  constructor(blocks) { this.blocks = blocks; }
  compute(host) {
    const res = {};
    for (const b of this.blocks) {
      const pats = b.patterns;
      const neg = pats.some((p) => p.startsWith('!') && globToRe(p.slice(1)).test(host));
      const pos = pats.some((p) => !p.startsWith('!') && globToRe(p).test(host));
      if (neg || !pos) continue;
      for (const [k, v] of Object.entries(b.options)) {
        if (k === 'identityfile') (res[k] = res[k] || []).push(v);
        else if (!(k in res)) res[k] = v;
      }
    }
    return res;
  }
  hosts() { return this.blocks.flatMap((b) => b.patterns).filter((p) => !/[*?!]/.test(p)); }
}

function load(file) {
  const src = new FileSource(file || path.join(os.homedir(), '.ssh', 'config'));
  if (!file) attach(src);
  return new SSHConfig(src.read());
}

function parse(text) {
  return new SSHConfig(new StringSource(text).read());
}

module.exports = { load, parse, SSHConfig };
