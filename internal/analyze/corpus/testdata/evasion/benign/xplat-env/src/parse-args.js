'use strict';

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/**
 * Split argv into leading VAR=value assignments and the command to run.
 * `xplat-env NODE_ENV=production PORT=8080 node server.js`
 */
function parseArgs(argv) {
  const env = {};
  let i = 0;
  for (; i < argv.length; i++) {
    const m = argv[i].match(ASSIGN);
    if (!m) break;
    env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return { env, command: argv[i], args: argv.slice(i + 1) };
}

/** On Windows, convert $VAR / ${VAR} in arguments to %VAR% for cmd.exe. */
function convertForPlatform(arg, platform = process.platform) {
  if (platform !== 'win32') return arg;
  return arg.replace(/\$\{?([A-Za-z_]\w*)\}?/g, '%$1%');
}

module.exports = { parseArgs, convertForPlatform };
