'use strict';

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

/** Parse the text of a .env file into a plain object. */
function parse(src) {
  const out = {};
  const lines = String(src).replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(LINE);
    if (!m) continue;
    const key = m[1];
    let value = (m[2] || '').trim();

    // multi-line double-quoted values
    if (value.startsWith('"') && !value.endsWith('"')) {
      while (i + 1 < lines.length && !value.endsWith('"')) value += '\n' + lines[++i];
    }
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.endsWith(q)) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    } else {
      const hash = value.indexOf(' #');
      if (hash !== -1) value = value.slice(0, hash).trim();
    }
    out[key] = value;
  }
  return out;
}

module.exports = { parse };
