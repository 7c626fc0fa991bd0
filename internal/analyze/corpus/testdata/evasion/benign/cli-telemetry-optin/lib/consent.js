'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dirFor = (tool) => path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), tool);

function read(tool) {
  try { return JSON.parse(fs.readFileSync(path.join(dirFor(tool), 'telemetry.json'), 'utf8')); } catch (_) { return { enabled: false }; }
}
function write(tool, enabled) {
  fs.mkdirSync(dirFor(tool), { recursive: true });
  const cur = read(tool);
  const next = { enabled, id: cur.id || require('crypto').randomUUID(), decidedAt: new Date().toISOString() };
  fs.writeFileSync(path.join(dirFor(tool), 'telemetry.json'), JSON.stringify(next, null, 2));
  return next;
}
function allowed(tool) {
  if (process.env.DO_NOT_TRACK === '1' || process.env.CI) return false;
  if (process.env[`${tool.toUpperCase().replace(/-/g, '_')}_TELEMETRY`] === '0') return false;
  return read(tool).enabled === true;
}
module.exports = { read, write, allowed };
