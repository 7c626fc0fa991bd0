'use strict';
const { execFileSync, spawnSync } = require('child_process');

function read() {
  try { return execFileSync('crontab', ['-l'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); } catch (e) { return ''; }
}

function write(text) {
  const r = spawnSync('crontab', ['-'], { input: text, encoding: 'utf8' });
  if (r.status !== 0) throw new Error('crontab: ' + (r.stderr || 'failed'));
}

function tag(id) { return `# cron-next:${id}`; }

function add(id, expr, command) {
  const cur = read();
  const lines = cur.split('\n').filter(l => l && !l.endsWith(tag(id)));
  lines.push(`${expr} ${command} ${tag(id)}`);
  const next = lines.join('\n') + '\n';
  return { before: cur, after: next, apply: () => write(next) };
}

function remove(id) {
  const cur = read();
  const next = cur.split('\n').filter(l => l && !l.endsWith(tag(id))).join('\n') + '\n';
  return { before: cur, after: next, apply: () => write(next) };
}

module.exports = { read, add, remove };
