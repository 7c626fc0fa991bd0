'use strict';
const { spawnSync } = require('child_process');

/**
 * Run a command on a remote host using the system `ssh` client. Authentication
 * is whatever the user already has configured (ssh-agent via SSH_AUTH_SOCK,
 * ~/.ssh/config, keys); shipyard never reads or copies private keys.
 */
function ssh(target, remoteCommand, { dryRun = false, port, identityFile } = {}) {
  const args = ['-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=yes'];
  if (port) args.push('-p', String(port));
  if (identityFile) args.push('-i', identityFile);
  args.push(target, remoteCommand);
  console.log(`[${target}] $ ${remoteCommand}`);
  if (dryRun) return '';
  const r = spawnSync('ssh', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`ssh ${target} failed (${r.status})`);
  return r.stdout;
}

function rsync(localDir, target, remoteDir, { dryRun = false, exclude = [], port } = {}) {
  const args = ['-az', '--delete'];
  for (const e of exclude) args.push('--exclude', e);
  if (port) args.push('-e', `ssh -p ${Number(port)}`);
  if (dryRun) args.push('--dry-run');
  args.push(localDir.replace(/\/?$/, '/'), `${target}:${remoteDir}/`);
  console.log(`$ rsync ${args.join(' ')}`);
  const r = spawnSync('rsync', args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`rsync to ${target} failed (${r.status})`);
}

/** Quote a value for POSIX sh. */
function q(s) {
  return `'${String(s).replace(/'/g, `'\\''`)}'`;
}

module.exports = { ssh, rsync, q };
