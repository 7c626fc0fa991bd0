#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const { execFileSync } = require('child_process');
const docker = require('../lib/docker');

const cwd = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
const conf = pkg.dockhand || {};
const registry = conf.registry || 'docker.example.com';
const image = `${registry}/${conf.repository || pkg.name.replace(/^@/, '').replace('/', '-')}`;

function gitSha() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch (_) {
    return 'nogit';
  }
}

async function build() {
  const tags = [`${image}:${pkg.version}`, `${image}:${gitSha()}`, `${image}:latest`];
  const args = ['build', '--file', conf.dockerfile || 'Dockerfile', '--label', `org.opencontainers.image.version=${pkg.version}`];
  for (const t of tags) args.push('--tag', t);
  for (const [k, v] of Object.entries(conf.buildArgs || {})) args.push('--build-arg', `${k}=${v}`);
  args.push('.');
  await docker.run(args);
  return tags;
}

async function push(tags) {
  if (!docker.isLoggedIn(registry) && !(await docker.loginFromEnv(registry))) {
    throw new Error(`Not logged in to ${registry}. Run "docker login ${registry}" or set DOCKHAND_REGISTRY_USER/PASSWORD.`);
  }
  for (const t of tags) await docker.run(['push', t]);
}

async function main() {
  const cmd = process.argv[2] || 'build';
  if (!docker.dockerAvailable()) throw new Error('Docker daemon not reachable. Is Docker running?');
  if (cmd === 'build') await build();
  else if (cmd === 'push') await push(await build());
  else if (cmd === 'up') await docker.run(['compose', 'up', '--build', '--detach']);
  else if (cmd === 'down') await docker.run(['compose', 'down', '--remove-orphans']);
  else throw new Error(`Unknown command ${cmd}. Use build | push | up | down`);
}

main().catch((e) => {
  console.error(`dockhand: ${e.message}`);
  process.exit(1);
});
