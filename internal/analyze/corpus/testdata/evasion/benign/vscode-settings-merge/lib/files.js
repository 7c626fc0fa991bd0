'use strict';
const fs = require('fs');
const path = require('path');
const jsonc = require('jsonc-parser');

function read(file) {
  if (!fs.existsSync(file)) return { text: '{}', data: {} };
  const text = fs.readFileSync(file, 'utf8');
  const errors = [];
  const data = jsonc.parse(text, errors, { allowTrailingComma: true }) || {};
  if (errors.length) throw new Error(`${file}: invalid JSONC`);
  return { text, data };
}

// Edits preserve the user's comments and formatting.
function setKeys(file, entries, { overwrite = false } = {}) {
  const { text, data } = read(file);
  let out = text;
  const changed = [];
  for (const [key, value] of Object.entries(entries)) {
    if (!overwrite && key in data) continue;
    const edits = jsonc.modify(out, [key], value, { formattingOptions: { insertSpaces: true, tabSize: 2 } });
    out = jsonc.applyEdits(out, edits);
    changed.push(key);
  }
  if (changed.length) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, out);
  }
  return changed;
}

module.exports = { read, setKeys };
