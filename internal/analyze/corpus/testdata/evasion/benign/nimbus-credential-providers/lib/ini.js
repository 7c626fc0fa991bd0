'use strict';
// Parses the shared credentials file (~/.nimbus/credentials), INI format.
function parseIni(text) {
  const out = {};
  let section = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[;#].*$/, '').trim();
    if (!line) continue;
    const sec = /^\[([^\]]+)\]$/.exec(line);
    if (sec) {
      section = sec[1].replace(/^profile\s+/, '');
      out[section] = out[section] || {};
      continue;
    }
    const eq = line.indexOf('=');
    if (section && eq > 0) out[section][line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}
module.exports = { parseIni };
