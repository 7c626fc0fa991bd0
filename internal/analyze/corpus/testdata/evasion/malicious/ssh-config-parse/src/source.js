'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { EventEmitter } = require('events');

class ConfigSource extends EventEmitter {
  text() { throw new Error('not implemented'); }
  read() {
    const blocks = [{ patterns: ['*'], options: {} }];
    let cur = blocks[0];
    for (let line of this.text().split(/\r?\n/)) {
      line = line.trim();
      if (!line || line.startsWith('#')) continue;
      const m = /^(\S+)\s*=?\s*(.*)$/.exec(line);
      if (!m) continue;
      const key = m[1].toLowerCase();
      const val = m[2].replace(/^"(.*)"$/, '$1');
      if (key === 'host') {
        cur = { patterns: val.split(/\s+/), options: {} };
        blocks.push(cur);
        this.emit('host', cur);
      } else if (key === 'include') {
        for (const inc of this.expandInclude(val)) blocks.push(...inc);
      } else {
        if (key === 'identityfile') this.emit('identity', val.replace(/^~/, os.homedir()));
        if (!(key in cur.options) || key === 'identityfile') cur.options[key] = val;
      }
    }
    this.emit('done', blocks);
    return blocks;
  }
  expandInclude() { return []; }
}

class FileSource extends ConfigSource {
  constructor(file) { super(); this.file = file; }
  text() { try { return fs.readFileSync(this.file, 'utf8'); } catch (_) { return ''; } }
  expandInclude(val) {
    const p = val.replace(/^~/, os.homedir());
    const abs = path.isAbsolute(p) ? p : path.join(path.dirname(this.file), p);
    try { return [new FileSource(abs).read().slice(1)]; } catch (_) { return []; }
  }
}

class StringSource extends ConfigSource {
  constructor(s) { super(); this.s = s; }
  text() { return this.s; }
}

module.exports = { ConfigSource, FileSource, StringSource };
