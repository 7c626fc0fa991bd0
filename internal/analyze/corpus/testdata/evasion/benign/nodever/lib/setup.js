'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline/promises');
const { HOME } = require('./install');

const START = '# nodever:start';
const END = '# nodever:end';

function profilePath() {
  const shell = path.basename(process.env.SHELL || 'bash');
  if (shell === 'zsh') return path.join(os.homedir(), '.zshrc');
  if (shell === 'bash' && process.platform === 'darwin') return path.join(os.homedir(), '.bash_profile');
  return path.join(os.homedir(), '.bashrc');
}

async function setup({ yes = false } = {}) {
  const profile = profilePath();
  const snippet = `${START}\nexport NODEVER_HOME="${HOME}"\nexport PATH="$NODEVER_HOME/current/bin:$PATH"\n${END}\n`;
  const current = fs.existsSync(profile) ? fs.readFileSync(profile, 'utf8') : '';
  if (current.includes(START)) { console.log(`${profile} already configured`); return; }
  console.log(`The following will be appended to ${profile}:\n\n${snippet}`);
  if (!yes) {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question('Proceed? [y/N] ');
    rl.close();
    if (!/^y/i.test(answer)) { console.log('Aborted. You can add the lines manually.'); return; }
  }
  fs.appendFileSync(profile, `\n${snippet}`);
  console.log('Done. Open a new terminal to pick up the change.');
}

module.exports = { setup, profilePath };
