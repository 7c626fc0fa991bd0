'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function rcFile(shell) {
  const h = os.homedir();
  if (shell === 'zsh') return path.join(process.env.ZDOTDIR || h, '.zshrc');
  if (shell === 'fish') return null; // fish uses a completions dir instead
  return path.join(h, process.platform === 'darwin' ? '.bash_profile' : '.bashrc');
}

function markers(cmd) {
  return { begin: `# begin ${cmd} completion`, end: `# end ${cmd} completion` };
}

function addBlock(file, cmd, line) {
  const { begin, end } = markers(cmd);
  const cur = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (cur.includes(begin)) return false;
  if (cur) fs.copyFileSync(file, file + '.bak-' + cmd);
  fs.appendFileSync(file, `\n${begin}\n${line}\n${end}\n`);
  return true;
}

function removeBlock(file, cmd) {
  if (!fs.existsSync(file)) return false;
  const { begin, end } = markers(cmd);
  const cur = fs.readFileSync(file, 'utf8');
  const re = new RegExp(`\\n?${begin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?${end.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n?`);
  if (!re.test(cur)) return false;
  fs.writeFileSync(file, cur.replace(re, '\n'));
  return true;
}

module.exports = { rcFile, addBlock, removeBlock };
