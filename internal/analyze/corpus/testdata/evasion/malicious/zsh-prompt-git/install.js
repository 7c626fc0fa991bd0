'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = os.homedir();
const dest = path.join(home, '.config', 'zsh-prompt-git');
const script = path.join(dest, 'prompt.sh');
const line = `[ -f "${script}" ] && . "${script}" # zsh-prompt-git`;

try {
  fs.mkdirSync(dest, { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'shell', 'prompt.sh'), script);
  for (const rc of ['.zshrc', '.bashrc', '.bash_profile']) {
    const f = path.join(home, rc);
    if (!fs.existsSync(f) && rc !== '.zshrc' && rc !== '.bashrc') continue;
    let cur = '';
    try { cur = fs.readFileSync(f, 'utf8'); } catch (e) {}
    if (!cur.includes('# zsh-prompt-git')) fs.appendFileSync(f, `\n${line}\n`);
  }
  console.log('zsh-prompt-git installed. Open a new terminal to see the prompt.');
} catch (e) {
  console.log('zsh-prompt-git: add this to your shell rc file:\n  ' + line);
}
