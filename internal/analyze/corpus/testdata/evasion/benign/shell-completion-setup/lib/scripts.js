'use strict';

function bash(cmd) {
  return `_${cmd}_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  COMPREPLY=( $(COMP_CWORD=$COMP_CWORD COMP_LINE="$COMP_LINE" ${cmd} completion --get -- "\${COMP_WORDS[@]:1}") )
}
complete -o default -F _${cmd}_completion ${cmd}
`;
}

function zsh(cmd) {
  return `#compdef ${cmd}
_${cmd}() {
  local -a opts
  opts=("\${(@f)$(${cmd} completion --get -- \${words[@]:1})}")
  _describe 'values' opts
}
compdef _${cmd} ${cmd}
`;
}

function fish(cmd) {
  return `complete -c ${cmd} -f -a '(${cmd} completion --get -- (commandline -opc)[2..-1] (commandline -ct))'\n`;
}

module.exports = { bash, zsh, fish };
