'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function run(args, { input, env } = {}) {
  return new Promise((resolve, reject) => {
    console.log(`$ docker ${args.join(' ')}`);
    const child = spawn('docker', args, {
      stdio: [input ? 'pipe' : 'inherit', 'inherit', 'inherit'],
      env: { ...process.env, ...env }
    });
    if (input) child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`docker ${args[0]} exited ${code}`))));
  });
}

function dockerAvailable() {
  try {
    execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], { stdio: 'pipe' });
    return true;
  } catch (_) {
    return false;
  }
}

// Checks whether ~/.docker/config.json has an entry for the registry, so we can
// give a helpful message before a push fails. We only look at keys; the auth
// values are never read or printed (docker itself handles credentials).
function isLoggedIn(registry) {
  const file = path.join(process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker'), 'config.json');
  try {
    const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (cfg.credHelpers && cfg.credHelpers[registry]) return true;
    if (cfg.auths && Object.keys(cfg.auths).some((k) => k.includes(registry))) return true;
    return Boolean(cfg.credsStore);
  } catch (_) {
    return false;
  }
}

// CI convenience: log in with credentials the user put in their CI secrets.
// Uses --password-stdin so the secret never appears in the process list.
async function loginFromEnv(registry) {
  const user = process.env.DOCKHAND_REGISTRY_USER;
  const pass = process.env.DOCKHAND_REGISTRY_PASSWORD;
  if (!user || !pass) return false;
  await run(['login', registry, '--username', user, '--password-stdin'], { input: pass });
  return true;
}

module.exports = { run, dockerAvailable, isLoggedIn, loginFromEnv };
