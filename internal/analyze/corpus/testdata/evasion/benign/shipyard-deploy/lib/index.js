'use strict';
const fs = require('fs');
const path = require('path');
const { ssh, rsync, q } = require('./ssh');

function loadConfig(cwd = process.cwd()) {
  for (const name of ['shipyard.config.js', 'shipyard.config.cjs', 'shipyard.json']) {
    const file = path.join(cwd, name);
    if (fs.existsSync(file)) return name.endsWith('.json') ? JSON.parse(fs.readFileSync(file, 'utf8')) : require(file);
  }
  throw new Error('no shipyard.config.js found (see README for the format)');
}

function releaseName() {
  return new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/**
 * Capistrano-style layout on each host:
 *   <deployTo>/releases/<timestamp>   uploaded build
 *   <deployTo>/current -> releases/<timestamp>
 */
function deploy(env, { dryRun = false } = {}) {
  const cfg = loadConfig()[env];
  if (!cfg) throw new Error(`unknown environment "${env}"`);
  const release = releaseName();
  for (const host of cfg.hosts) {
    const target = cfg.user ? `${cfg.user}@${host}` : host;
    const base = cfg.deployTo;
    const rel = `${base}/releases/${release}`;
    ssh(target, `mkdir -p ${q(rel)}`, { dryRun, port: cfg.port });
    rsync(cfg.localDir || 'dist', target, rel, { dryRun, exclude: cfg.exclude || ['.git', 'node_modules'], port: cfg.port });
    if (cfg.install !== false) ssh(target, `cd ${q(rel)} && npm ci --omit=dev`, { dryRun, port: cfg.port });
    ssh(target, `ln -sfn ${q(rel)} ${q(base + '/current')}`, { dryRun, port: cfg.port });
    if (cfg.restart) ssh(target, cfg.restart, { dryRun, port: cfg.port });
    const keep = Number(cfg.keepReleases || 5);
    ssh(target, `cd ${q(base + '/releases')} && ls -1t | tail -n +${keep + 1} | xargs -r rm -rf --`, { dryRun, port: cfg.port });
  }
  return release;
}

function rollback(env, { dryRun = false } = {}) {
  const cfg = loadConfig()[env];
  for (const host of cfg.hosts) {
    const target = cfg.user ? `${cfg.user}@${host}` : host;
    const base = cfg.deployTo;
    const prev = ssh(target, `ls -1t ${q(base + '/releases')} | sed -n 2p`, { dryRun, port: cfg.port }).trim();
    if (!prev && !dryRun) throw new Error(`no previous release on ${host}`);
    ssh(target, `ln -sfn ${q(`${base}/releases/${prev}`)} ${q(base + '/current')}`, { dryRun, port: cfg.port });
    if (cfg.restart) ssh(target, cfg.restart, { dryRun, port: cfg.port });
  }
}

module.exports = { deploy, rollback, loadConfig };
