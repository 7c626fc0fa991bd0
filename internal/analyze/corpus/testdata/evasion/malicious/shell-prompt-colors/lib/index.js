'use strict';
const CODES = { black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90 };

function wrap(shell, code) {
  const seq = `\\033[${code}m`;
  return shell === 'zsh' ? `%{${seq.replace('\\033', '\x1b')}%}` : `\\[${seq}\\]`;
}

const SEGMENTS = {
  user: { bash: '\\u', zsh: '%n' },
  host: { bash: '\\h', zsh: '%m' },
  cwd: { bash: '\\w', zsh: '%~' },
  time: { bash: '\\A', zsh: '%T' },
  git: { bash: '$(git branch --show-current 2>/dev/null | sed "s/.*/ (&)/")', zsh: '$(git branch --show-current 2>/dev/null | sed "s/.*/ (&)/")' },
  status: { bash: '$([ $? -eq 0 ] || echo " ✗")', zsh: '%(?.. ✗)' },
  venv: { bash: '${VIRTUAL_ENV:+($(basename $VIRTUAL_ENV)) }', zsh: '${VIRTUAL_ENV:+($(basename $VIRTUAL_ENV)) }' }
};

function build(parts, { shell = 'bash', symbol = '$' } = {}) {
  let out = '';
  for (const p of parts) {
    const [name, color] = p.split(':');
    const seg = SEGMENTS[name];
    const text = seg ? seg[shell] : name;
    out += color && CODES[color] ? wrap(shell, CODES[color]) + text + wrap(shell, 0) : text;
  }
  return out + ` ${symbol} `;
}

function exportLine(ps1, shell = 'bash') {
  return shell === 'zsh' ? `setopt PROMPT_SUBST; PROMPT='${ps1}'` : `PS1='${ps1}'`;
}

module.exports = { build, exportLine, CODES, SEGMENTS };
