'use strict';
const spawn = require('cross-spawn');
const { parseArgs, convertForPlatform } = require('./parse-args');

/**
 * Run a command with additional environment variables. The child inherits
 * stdio; its exit code and termination signal are propagated.
 */
function run(argv, { shell = false } = {}) {
  const { env, command, args } = parseArgs(argv);
  if (!command) {
    // Only assignments given: nothing to execute.
    return null;
  }
  const child = spawn(convertForPlatform(command), args.map((a) => convertForPlatform(a)), {
    stdio: 'inherit',
    shell,
    env: { ...process.env, ...env },
  });

  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) {
    process.on(sig, () => child.kill(sig));
  }
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code === null ? 1 : code);
  });
  return child;
}

module.exports = { run, parseArgs };
