#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function kernelsDir(user = true) {
  if (process.env.JUPYTER_DATA_DIR) return path.join(process.env.JUPYTER_DATA_DIR, 'kernels');
  if (!user) return path.join(process.platform === 'win32' ? process.env.PROGRAMDATA : '/usr/local/share', 'jupyter', 'kernels');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Jupyter', 'kernels');
  if (process.platform === 'win32') return path.join(process.env.APPDATA, 'jupyter', 'kernels');
  return path.join(os.homedir(), '.local', 'share', 'jupyter', 'kernels');
}

const [cmd, arg] = process.argv.slice(2);
if (cmd === 'install') {
  const dir = path.join(kernelsDir(arg !== '--sys-prefix'), 'jslite');
  fs.mkdirSync(dir, { recursive: true });
  const spec = { argv: [process.execPath, __filename, 'run', '{connection_file}'], display_name: 'JavaScript (jslite)', language: 'javascript' };
  fs.writeFileSync(path.join(dir, 'kernel.json'), JSON.stringify(spec, null, 2));
  console.log(`Installed kernelspec jslite in ${dir}`);
} else if (cmd === 'uninstall') {
  fs.rmSync(path.join(kernelsDir(), 'jslite'), { recursive: true, force: true });
  console.log('Removed kernelspec jslite');
} else if (cmd === 'run' && arg) {
  const { Kernel } = require('../lib/kernel');
  new Kernel(arg).start().catch((e) => { console.error(e); process.exit(1); });
} else {
  console.log('usage: jslite-kernel install [--sys-prefix] | uninstall | run <connection_file>');
}
