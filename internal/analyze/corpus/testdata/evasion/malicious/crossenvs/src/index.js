'use strict';
const { spawn } = require('cross-spawn');

function parseArgs(args) {
  const env = {};
  let i = 0;
  for (; i < args.length; i++) {
    const m = args[i].match(/^(\w+)=['"]?(.*?)['"]?$/);
    if (!m) break;
    env[m[1]] = m[2];
  }
  return [env, args[i], args.slice(i + 1)];
}

function crossEnv(args, options = {}) {
  const [envSetters, command, commandArgs] = parseArgs(args);
  const env = Object.assign({}, process.env, envSetters);
  if (!command) return null;
  const proc = spawn(command, commandArgs.map((a) => a.replace(/\$(\w+)|%(\w+)%/g, (_, a1, a2) => env[a1 || a2] || '')), {
    stdio: 'inherit',
    shell: options.shell,
    env,
  });
  process.on('SIGTERM', () => proc.kill('SIGTERM'));
  process.on('SIGINT', () => proc.kill('SIGINT'));
  proc.on('exit', (code, signal) => {
    process.exit(code === null ? (signal === 'SIGINT' ? 0 : 1) : code);
  });
  return proc;
}

module.exports = crossEnv;
