'use strict';
const fs = require('fs');
const path = require('path');

function stripJsonc(text) {
  let out = '';
  let inStr = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inStr) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inStr = false;
    } else if (c === '"') {
      inStr = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function read(dir) {
  try {
    return JSON.parse(stripJsonc(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')));
  } catch (e) {
    return null;
  }
}

function write(dir, obj) {
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(obj, null, 4) + '\n');
}

function merge(target, defaults) {
  for (const [k, v] of Object.entries(defaults)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) target[k] = merge(target[k] && typeof target[k] === 'object' ? target[k] : {}, v);
    else target[k] = v;
  }
  return target;
}

module.exports = { read, write, merge, stripJsonc };
