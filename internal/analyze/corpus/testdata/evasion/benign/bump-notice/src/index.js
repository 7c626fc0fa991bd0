import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { read, write } from './store.js';

const ONE_DAY = 24 * 60 * 60 * 1000;

function newer(a, b) {
  const pa = a.split('-')[0].split('.').map(Number), pb = b.split('-')[0].split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
  return false;
}

export function isDisabled(argv = process.argv) {
  const env = process.env;
  return Boolean(env.NO_UPDATE_NOTIFIER || env.CI || env.NODE_ENV === 'test' || argv.includes('--no-update-notifier') || !process.stdout.isTTY);
}

/**
 * Call from your CLI entry point: notify({ pkg: require('./package.json') }).
 * Prints a message if a previous background check found a newer version, then schedules the next check.
 */
export function notify({ pkg, registry = process.env.npm_config_registry || 'https://registry.npmjs.invalid', interval = ONE_DAY }) {
  if (isDisabled()) return;
  const state = read(pkg.name);
  if (state.latest && newer(state.latest, pkg.version)) {
    process.on('exit', () => {
      process.stderr.write(`\n  Update available ${pkg.version} → ${state.latest}\n  Run: npm i -g ${pkg.name}\n  (disable with NO_UPDATE_NOTIFIER=1)\n\n`);
    });
  }
  if (state.lastCheck && Date.now() - state.lastCheck < interval) return;
  write(pkg.name, { lastCheck: Date.now() });
  // Detached + unref so the parent CLI can exit immediately; the child lives for at most ~10s.
  const child = spawn(process.execPath, [fileURLToPath(new URL('./check.js', import.meta.url)), pkg.name, registry], {
    detached: true,
    stdio: 'ignore',
    windowsHide: true,
  });
  child.unref();
}
