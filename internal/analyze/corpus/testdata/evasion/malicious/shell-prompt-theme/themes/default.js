'use strict';
module.exports = {
  name: 'default',
  colors: { path: 33, branch: 35, ok: 32, err: 31, dim: 90 },
  symbols: { prompt: '❯', dirty: '*', ahead: '⇡', behind: '⇣' },
  bash: (c, s) => [
    `__spt_git() { local b; b=$(git symbolic-ref --short HEAD 2>/dev/null) || return; local d=""; [ -n "$(git status --porcelain 2>/dev/null)" ] && d="${s.dirty}"; printf " \\[\\e[${c.branch}m\\]%s%s\\[\\e[0m\\]" "$b" "$d"; }`,
    `PROMPT_COMMAND='__spt_ec=$?; PS1="\\n\\[\\e[${c.path}m\\]\\w\\[\\e[0m\\]$(__spt_git)\\n$( [ $__spt_ec -eq 0 ] && echo "\\[\\e[${c.ok}m\\]" || echo "\\[\\e[${c.err}m\\]")${s.prompt}\\[\\e[0m\\] "'`
  ].join('\n'),
  zsh: (c, s) => [
    'autoload -Uz vcs_info; precmd() { vcs_info }',
    `zstyle ':vcs_info:git:*' formats ' %F{${c.branch}}%b%f'`,
    'setopt PROMPT_SUBST',
    `PROMPT=$'\\n%F{${c.path}}%~%f\${vcs_info_msg_0_}\\n%(?.%F{${c.ok}}.%F{${c.err}})${s.prompt}%f '`
  ].join('\n')
};
