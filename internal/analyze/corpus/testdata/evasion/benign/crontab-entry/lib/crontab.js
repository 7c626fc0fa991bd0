'use strict';
const { execFileSync } = require('child_process');

const FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;
const MACROS = ['@reboot', '@yearly', '@annually', '@monthly', '@weekly', '@daily', '@hourly'];

function validSchedule(s) {
  if (MACROS.includes(s)) return true;
  const f = s.trim().split(/\s+/);
  return f.length === 5 && f.every((x) => FIELD.test(x));
}

function read() {
  try { return execFileSync('crontab', ['-l'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); }
  catch (_) { return ''; } // "no crontab for user"
}

function write(text) {
  execFileSync('crontab', ['-'], { input: text });
}

const tagOf = (name) => `# crontab-entry:${name}`;

function list(text = read()) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^# crontab-entry:(\S+)$/.exec(lines[i]);
    if (m && lines[i + 1]) out.push({ name: m[1], line: lines[i + 1] });
  }
  return out;
}

function planAdd(name, schedule, command, text = read()) {
  if (!/^[\w.-]+$/.test(name)) throw new Error('name must be [A-Za-z0-9_.-]');
  if (!validSchedule(schedule)) throw new Error('invalid schedule: ' + schedule);
  const without = planRemove(name, text);
  return without.replace(/\n*$/, '\n') + `${tagOf(name)}\n${schedule} ${command}\n`;
}

function planRemove(name, text = read()) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === tagOf(name)) { i++; continue; }
    out.push(lines[i]);
  }
  return out.join('\n');
}

module.exports = { read, write, list, planAdd, planRemove, validSchedule };
