'use strict';
const os = require('os');
const tty = require('tty');
const { snapshot } = require('./lib/env');

function hasFlag(flag, argv) {
  argv = argv || process.argv;
  const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
  const position = argv.indexOf(prefix + flag);
  const terminator = argv.indexOf('--');
  return position !== -1 && (terminator === -1 || position < terminator);
}

function translateLevel(level) {
  if (level === 0) return false;
  return { level, hasBasic: true, has256: level >= 2, has16m: level >= 3 };
}

function detect(haveStream, streamIsTTY) {
  const env = snapshot();
  if ('FORCE_COLOR' in env) {
    if (env.FORCE_COLOR === 'true' || env.FORCE_COLOR === '') return 1;
    if (env.FORCE_COLOR === 'false') return 0;
    return Math.min(parseInt(env.FORCE_COLOR, 10) || 1, 3);
  }
  if (hasFlag('no-color') || hasFlag('color=false')) return 0;
  if (hasFlag('color=256')) return 2;
  if (hasFlag('color=16m') || hasFlag('color=full')) return 3;
  if (haveStream && !streamIsTTY) return 0;
  if (env.TERM === 'dumb') return 0;

  if (process.platform === 'win32') {
    const rel = os.release().split('.');
    if (Number(rel[0]) >= 10 && Number(rel[2]) >= 10586) {
      return Number(rel[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ('CI' in env) {
    if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(k => k in env)) return 1;
    return 0;
  }
  if (env.COLORTERM === 'truecolor') return 3;
  if ('TERM_PROGRAM' in env) {
    const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);
    if (env.TERM_PROGRAM === 'iTerm.app') return version >= 3 ? 3 : 2;
    if (env.TERM_PROGRAM === 'Apple_Terminal') return 2;
  }
  if (/-256(color)?$/i.test(env.TERM || '')) return 2;
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM || '')) return 1;
  if ('COLORTERM' in env) return 1;
  return 0;
}

function supportsColor(stream) {
  return translateLevel(detect(!!stream, stream && stream.isTTY));
}

module.exports = {
  supportsColor,
  stdout: translateLevel(detect(true, tty.isatty(1))),
  stderr: translateLevel(detect(true, tty.isatty(2)))
};
