'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;
const MACROS = new Set(['@reboot', '@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

function validateSchedule(s) {
  if (MACROS.has(s)) return true;
  const parts = s.trim().split(/\s+/);
  return parts.length === 5 && parts.every((p) => FIELD.test(p) || /^[a-z]{3}(-[a-z]{3})?$/i.test(p));
}

function shellQuote(s) {
  return `'${String(s).replace(/'/g, `'\\''`)}'`;
}

function renderBlock(config) {
  if (!/^[\w.-]+$/.test(config.id || '')) throw new Error('config.id must be a simple identifier');
  const lines = [`# BEGIN cronblock:${config.id}`, '# Managed by cronblock – edit cron.config.js, then run `cronblock install`'];
  if (config.env) for (const [k, v] of Object.entries(config.env)) lines.push(`${k}=${v}`);
  for (const job of config.jobs || []) {
    if (!validateSchedule(job.schedule)) throw new Error(`invalid schedule "${job.schedule}"`);
    if (/\n/.test(job.command)) throw new Error('commands must be a single line');
    let cmd = job.command;
    if (job.cwd) cmd = `cd ${shellQuote(job.cwd)} && ${cmd}`;
    if (job.log) cmd += ` >> ${shellQuote(job.log)} 2>&1`;
    lines.push(`${job.schedule} ${cmd}`);
  }
  lines.push(`# END cronblock:${config.id}`);
  return lines.join('\n');
}

function readCrontab() {
  const r = spawnSync('crontab', ['-l'], { encoding: 'utf8' });
  if (r.error) throw new Error('crontab command not available: ' + r.error.message);
  if (r.status !== 0) {
    if (/no crontab/i.test(r.stderr)) return '';
    throw new Error(r.stderr.trim());
  }
  return r.stdout;
}

function writeCrontab(content) {
  const r = spawnSync('crontab', ['-'], { input: content, encoding: 'utf8' });
  if (r.status !== 0) throw new Error('crontab rejected the new table: ' + r.stderr.trim());
}

function replaceBlock(current, id, block) {
  const re = new RegExp(`# BEGIN cronblock:${id.replace(/[.]/g, '\\.')}\\n[\\s\\S]*?# END cronblock:${id.replace(/[.]/g, '\\.')}\\n?`, 'm');
  let next = re.test(current) ? current.replace(re, block ? block + '\n' : '') : current.replace(/\n*$/, '\n') + (block ? block + '\n' : '');
  if (next.trim() === '') next = '';
  return next;
}

function backup(content) {
  const dir = path.join(os.homedir(), '.cronblock');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `backup-${Date.now()}.txt`);
  fs.writeFileSync(file, content, { mode: 0o600 });
  return file;
}

function install(config, { dryRun = false } = {}) {
  const current = readCrontab();
  const next = replaceBlock(current, config.id, renderBlock(config));
  if (dryRun || next === current) return { changed: next !== current, crontab: next };
  const backupFile = backup(current);
  writeCrontab(next);
  return { changed: true, crontab: next, backupFile };
}

function uninstall(id) {
  const current = readCrontab();
  const next = replaceBlock(current, id, null);
  if (next === current) return { changed: false };
  const backupFile = backup(current);
  writeCrontab(next);
  return { changed: true, backupFile };
}

module.exports = { renderBlock, replaceBlock, install, uninstall, validateSchedule };
