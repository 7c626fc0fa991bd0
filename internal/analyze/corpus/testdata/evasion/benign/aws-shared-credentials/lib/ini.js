'use strict';
function parseIni(text) {
  const out = {};
  let cur = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || /^[#;]/.test(line)) continue;
    const s = line.match(/^\[(.+)\]$/);
    if (s) { cur = out[s[1].trim()] = {}; continue; }
    const kv = line.match(/^([^=]+)=(.*)$/);
    if (kv && cur) cur[kv[1].trim()] = kv[2].trim();
  }
  return out;
}
module.exports = { parseIni };
